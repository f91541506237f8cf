export function App() {
  return (
    <main>
      <h1>Integration Flow Studio</h1>
    </main>
  );
}
