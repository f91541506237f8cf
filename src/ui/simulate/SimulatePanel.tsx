// Mount point (owned by the simulation work): the Simulate mode side panel of the flow editor.
// Loaded lazily by the editor: `lazy(() => import('../simulate/SimulatePanel'))`.
export interface SimulatePanelProps {
  onClose: () => void;
}

export default function SimulatePanel({ onClose }: SimulatePanelProps) {
  return (
    <section aria-label="Simulation">
      <p>Simulation is not available yet.</p>
      <button onClick={onClose}>Close simulation</button>
    </section>
  );
}
