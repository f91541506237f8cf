// IndexedDB for the Node figures that drive the app's repository (imported before them).
import 'fake-indexeddb/auto';
