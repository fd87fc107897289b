# 工作人员角色与审计
staff-grant-usage = 用法：/grant <Telegram ID> <角色>，或回复某人的消息并发送 /grant <角色>。角色：{ $roles }
staff-revoke-usage = 用法：/revoke <Telegram ID> <角色>，或回复某人的消息并发送 /revoke <角色>。角色：{ $roles }
staff-grant-done = ✅ { $id } 现在是 { $role }。
staff-grant-unchanged = { $id } 已经是 { $role }：未做更改。
staff-revoke-done = ✅ { $id } 不再是 { $role }。
staff-revoke-unchanged = { $id } 不是 { $role }：未做更改。
staff-revoke-configured-owner = 此所有者在 BOT_OWNERS 中设置；请在那里删除该 ID 并重启。
staff-list-title = <b>工作人员</b>
staff-list-empty = 还没有工作人员。
audit-title = <b>审计日志</b>（最新在前）
audit-empty = 审计日志为空。
cmd-grant = 授予工作人员角色
cmd-revoke = 撤销工作人员角色
cmd-staff = 列出工作人员
cmd-audit = 查看审计日志
