# 双人审批
approval-cmd-approve = 批准待审请求：/approve ID
approval-cmd-reject = 拒绝待审请求：/reject ID
approval-cmd-pending = 等待审批的请求
approval-cmd-override = 所有者紧急越权批准：/override ID 原因
approval-request =
    🛡 <b>需要审批：#{ $id }</b>（{ $kind }）
    发起人：{ $author }。需要其他人批准 { $required } 次；过期时间 { $expires }。

    { $description }
approval-btn-approve = ✅ 批准
approval-btn-reject = ❌ 拒绝
approval-system = 外部状态源
approval-recorded = 已记录 #{ $id } 的第 { $count } 个批准（共需 { $required } 个）：还需等待另一位管理员或所有者（非作者）的 { $remaining } 个批准。在此之前不会执行任何操作。
approval-rejected = 请求 #{ $id } 已被拒绝：不会执行任何操作。
approval-executed = 请求 #{ $id } 已批准并执行。{ $result }
approval-failed = 请求 #{ $id } 已批准但执行失败：{ $error }
approval-author-executed = 您的请求 #{ $id } 已获批准。{ $result }
approval-author-rejected = 您的请求 #{ $id } 已被拒绝。
approval-refused-not-found = 不存在请求 #{ $id }。
approval-refused-not-pending = 请求 #{ $id } 已经是 { $status } 状态。
approval-refused-expired = 请求 #{ $id } 已过期：如仍需要，请重新提交。
approval-refused-own-request = 您不能批准自己的请求 #{ $id }：必须由另一位管理员或所有者批准。
approval-refused-not-approver = 只有管理员和所有者可以批准或拒绝请求。
approval-refused-already-voted = 您已经批准过 #{ $id }。
approval-refused-not-owner = 只有所有者可以越权批准。
approval-refused-no-executor = 当前机器人版本无法执行请求 #{ $id }。
approval-usage = 用法：/approve ID（请求中的编号）
approval-reject-usage = 用法：/reject ID
approval-override-usage = 用法：/override ID 原因（仅限所有者，用于紧急情况；会被审计记录）
approval-pending-title = <b>等待审批</b>
approval-pending-empty = 没有等待审批的请求。
approval-pending-line = #{ $id } { $summary }（过期时间 { $expires }）
