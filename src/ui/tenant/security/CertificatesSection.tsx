import { useState } from 'react';
import { TENANT_PLACES } from '../../../core/tenant';
import { tenantStore, useTenant } from '../../../store/tenantStore';
import { InputField, errorMap, useSaveErrors } from '../fields';
import { rescueFocus } from '../../shell/rescueFocus';

/** Security → Certificate-to-user mappings (simulated client certificates). */
export function CertificatesSection() {
  const certificates = useTenant((s) => s.certificates);
  const [subject, setSubject] = useState('');
  const [user, setUser] = useState('');
  const { errors, setErrors, edit } = useSaveErrors();

  const add = async () => {
    const r = await tenantStore.getState().act((t) => t.registerCertificate(subject, user));
    if (!r.ok) return setErrors(errorMap(r.errors));
    setErrors({});
    setSubject('');
    setUser('');
  };

  return (
    <section className="panel" aria-labelledby="certs-heading">
      <h2 id="certs-heading">{TENANT_PLACES.certificates}</h2>
      <p className="muted">
        A caller presenting a client certificate with this subject acts as the mapped user (the test
        console lets you choose one).
      </p>
      <form
        className="tenant-row tenant-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <InputField
          label="Subject DN"
          placeholder="CN=client, O=Company, C=DE"
          value={subject}
          onChange={edit(setSubject)}
          error={errors.subject}
        />
        <InputField label="Mapped user" value={user} onChange={edit(setUser)} error={errors.user} />
        <button type="submit" className="btn">
          Add certificate
        </button>
      </form>
      {certificates.length === 0 ? (
        <p className="empty">No certificate.</p>
      ) : (
        <ul className="tenant-list" aria-label="Certificates">
          {certificates.map((c) => (
            <li key={c.subject}>
              <span className="mono">{c.subject}</span> → <span className="mono">{c.user}</span>
              <button
                type="button"
                className="btn btn-sm btn-danger"
                aria-label={`Delete certificate ${c.subject}`}
                onClick={(e) => {
                  rescueFocus(e.currentTarget);
                  void tenantStore.getState().act((t) => t.deleteCertificate(c.subject));
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
