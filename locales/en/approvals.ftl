# Two-person approval
approval-cmd-approve = Approve a pending request: /approve ID
approval-cmd-reject = Reject a pending request: /reject ID
approval-cmd-pending = Requests waiting for approval
approval-cmd-override = Owner emergency override: /override ID reason
approval-request =
    🛡 <b>Approval needed: #{ $id }</b> ({ $kind })
    Asked by { $author }. Needs { $required } approval(s) by someone else; expires { $expires }.

    { $description }
approval-btn-approve = ✅ Approve
approval-btn-reject = ❌ Reject
approval-system = the external status source
approval-recorded = Approval { $count } of { $required } for #{ $id } recorded: waiting for { $remaining } more from another admin or owner (not the author). Nothing happens until then.
approval-rejected = Request #{ $id } was rejected: nothing happens.
approval-executed = Request #{ $id } is approved and carried out. { $result }
approval-failed = Request #{ $id } was approved but failed: { $error }
approval-author-executed = Your request #{ $id } was approved. { $result }
approval-author-rejected = Your request #{ $id } was rejected.
approval-refused-not-found = There is no request #{ $id }.
approval-refused-not-pending = Request #{ $id } is already { $status }.
approval-refused-expired = Request #{ $id } has expired: submit it again if it is still needed.
approval-refused-own-request = You cannot approve your own request #{ $id }: another admin or owner must.
approval-refused-not-approver = Only admins and owners can approve or reject requests.
approval-refused-already-voted = You have already approved #{ $id }.
approval-refused-not-owner = Only an owner can override.
approval-refused-no-executor = Request #{ $id } cannot be carried out by this bot version.
approval-usage = Usage: /approve ID (the number in the request)
approval-reject-usage = Usage: /reject ID
approval-override-usage = Usage: /override ID reason (owners only, for emergencies; it is audited)
approval-pending-title = <b>Waiting for approval</b>
approval-pending-empty = Nothing is waiting for approval.
approval-pending-line = #{ $id } { $summary } (expires { $expires })
