// Mount point (owned by the canvas work): the flow editor page. The workspace shell opens the
// flow in the editor store first (editorStore.open) and then renders this component.
export default function FlowEditor() {
  return <section aria-label="Flow editor">The flow editor is not available yet.</section>;
}
