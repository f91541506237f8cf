/**
 * Prelude part 3: the java.util collections (HashMap/LinkedHashMap/TreeMap, ArrayList, HashSet,
 * Iterator) come from the typed shim module src/core/script/shims/collections.ts; here they get the
 * prelude's environment and their names in the prelude's scope.
 */
export const COLLECTIONS_JS = String.raw`
var collections = __ifsShims.collections;
collections.installCollections({
  describe: function (v) { return describe(v); },
  toPlain: function (v, depth) { return toPlain(v, depth); },
  plainArray: function (a, depth) { return plainArray(a, depth); },
});
var JavaMap = collections.JavaMap, makeMap = collections.makeMap, MapEntry = collections.MapEntry;
var JavaList = collections.JavaList, JavaSet = collections.JavaSet, JavaIterator = collections.JavaIterator;
var listToSet = collections.listToSet;
var HashMap = collections.HashMap, LinkedHashMap = collections.LinkedHashMap, TreeMap = collections.TreeMap;
var TreeSet = collections.TreeSet;
`;
