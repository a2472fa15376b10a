"""The editorial workflow decides propose, save or approve by role, and writes the audit
entry itself, whoever calls it."""
from sqlmodel import Session, select

from pwa.models import Organization, Service
from pwa.models.accounts import AuditEvent, User
from pwa.queries import editorial, workflow


def _entries(db, slug):
    return [(e.action, e.detail) for e in db.exec(select(AuditEvent).where(AuditEvent.detail.contains(slug))
                                                 .order_by(AuditEvent.at)).all()]


def test_each_outcome_by_role_with_its_audit_entry(app):
    with Session(app.extensions["engine"]) as db:
        org = db.exec(select(Organization).order_by(Organization.slug)).first()
        service = Service(slug="workflow-test-service", organization_id=org.id, name="Otter club",
                          description="Swimming.", provider_type="leisure")
        provider = User(email="wf-provider@example.test", name="Pat", role="provider", organization_id=org.id)
        editor = User(email="wf-editor@example.test", name="Eddie", role="editor")
        db.add_all([service, provider, editor])
        db.flush()
        try:
            live = editorial.snapshot(db, "service", service.id)
            assert workflow.submit(db, "service", service, live, live, editor).status == "unchanged"

            changed = {**live, "name": "Otter swimming club"}
            proposed = workflow.submit(db, "service", service, changed, live, provider)
            assert proposed.status == "proposed" and service.name == "Otter club"

            proposal = editorial.get_proposal(db, proposed.request.id)
            approved = workflow.submit(db, "service", service, {**changed, "wait_time": "A week"}, live,
                                       editor, proposal, note="Approved with changes by Eddie")
            assert approved.status == "approved" and service.name == "Otter swimming club"

            live = editorial.snapshot(db, "service", service.id)
            saved = workflow.submit(db, "service", service, {**live, "alert": "Closed in August"}, live, editor)
            assert saved.status == "saved" and saved.version.number == approved.version.number + 1

            workflow.restore(db, "service", service, approved.version.number, editor)
            assert _entries(db, "workflow-test-service") == [
                ("approve", f"service workflow-test-service version {approved.version.number}, edited"),
                ("edit", f"service workflow-test-service version {saved.version.number}"),
                ("restore", f"service workflow-test-service: version {approved.version.number} "
                            f"as {saved.version.number + 1}"),
            ]
        finally:
            db.rollback()
