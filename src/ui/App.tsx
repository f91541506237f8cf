import './styles/theme.css';
import './styles/app.css';
import './styles/layout.css';
import './styles/dialog.css';
import './styles/workspace.css';
import { Shell } from './shell/Shell';

/** The application root: global styles and the shell (routing, navigation, notices). */
export function App() {
  return <Shell />;
}
