import type { Deployment } from '../../core/tenant';

/** Says which flows are deployed and that their endpoints keep serving after a delete. */
export function DeployedWarning({ deployed }: { deployed: Deployment[] }) {
  if (deployed.length === 0) return null;
  const one = deployed.length === 1;
  return (
    <div className="dialog-warning" role="note">
      <p>
        {one ? 'This flow is deployed' : `${deployed.length} of these flows are deployed`}:{' '}
        {deployed.map((d, i) => (
          <span key={d.flowId}>
            {i > 0 && ', '}
            <strong>{d.flowName}</strong>
            {d.endpoints[0] && (
              <>
                {' '}
                (<code>/http{d.endpoints[0].address}</code>)
              </>
            )}
          </span>
        ))}
        .
      </p>
      <p>
        Deleting {one ? 'the flow' : 'them'} does not stop the deployment: {one ? 'its' : 'their'}{' '}
        {one ? 'endpoint keeps' : 'endpoints keep'} serving calls until undeployed. Choose{' '}
        <strong>Undeploy and delete</strong> to stop {one ? 'it' : 'them'} too.
      </p>
    </div>
  );
}
