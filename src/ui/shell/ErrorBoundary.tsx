import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Keeps the shell usable when a page crashes; the stored work is untouched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="center-state" role="alert">
        <h1>Something went wrong on this page</h1>
        <p className="mono">{this.state.error.message}</p>
        <p>
          Your saved work is safe. <a href="#/">Go to the Design view</a> or reload the page.
        </p>
      </div>
    );
  }
}
