// Placeholder until the tenant work lands: Deploy / Undeploy buttons and runtime status.
export default function DeployControls() {
  return null;
}
