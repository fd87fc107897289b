# 推送：群发消息、通讯、实时进度、已登记的频道和群组
delivery-progress =
    📣 群发 #{ $id }（{ $kind }）
    { $bar } { $percent }%
    已发送：{ $sent } · 失败：{ $failed } · 已屏蔽：{ $blocked } · 剩余：{ $left }
    预计还需：约 { $eta }
delivery-report =
    ✅ 群发 #{ $id }（{ $kind }）已完成，用时 { $duration }。
    接收者：{ $total }
    已发送：{ $sent }
    失败（找不到聊天、已退出、其他错误）：{ $failed }
    屏蔽了机器人：{ $blocked }
    不确定（可能已送达，不会重发）：{ $uncertain }{ $uncertain ->
        [0] {""}
       *[other] {" "}· 查看：/broadcast_uncertain { $id }
    }
    重启后重新发送（崩溃时正在发送，可能收到两次）：{ $resent }
delivery-report-cancelled =
    ⛔ 群发 #{ $id }（{ $kind }）在 { $duration } 后被取消。
    接收者：{ $total } · 已发送：{ $sent } · 失败：{ $failed } · 已屏蔽：{ $blocked } · 不确定：{ $uncertain } · 未发送：{ $left } · 重启后重新发送：{ $resent }
delivery-chat-added = ✅ { $title }（{ $id }）已登记：它会收到每条官方消息。
delivery-chat-updated = ✅ { $title }（{ $id }）已登记过：设置已更新。
delivery-chat-removed = ✅ { $id } 不再接收消息。
delivery-chat-not-registered = { $id } 未登记：没有更改。
delivery-chat-unknown = 我无法访问聊天 { $id }。请先把我加入（在频道中设为管理员），然后再试。
delivery-chat-not-admin = 我在 { $id } 中，但不能发帖：请把我设为有发消息权限的管理员。
delivery-chat-add-usage = 用法：在群组内发送 /channel_add，或在私聊中发送 /channel_add -100…（频道 ID）。加上 “pin” 会置顶每条消息；加上语言（en、de、zh）选择文本语言。
delivery-chat-remove-usage = 用法：/channel_remove -100…（或在群组内发送 /channel_remove）。
delivery-chat-list-title = <b>已登记的频道和群组</b>
delivery-chat-list-empty = 尚未登记任何频道或群组。请使用 /channel_add。
delivery-chat-line = • <code>{ $id }</code> { $title }（{ $type }，{ $locale }）{ $pin }
delivery-cmd-channel-add = 登记接收官方消息的频道或群组
delivery-cmd-channel-list = 列出已登记的频道和群组
delivery-cmd-channel-remove = 停止向某频道或群组推送
broadcast-usage =
    用法：/broadcast 后接文本，每种语言一段：
    [en]
    English text
    [de]
    Deutscher Text
    [zh]
    中文文本
    成员会收到其语言的文本（缺少时收到英文）。支持 HTML 格式。
broadcast-preview-lang = 预览（{ $lang }），发送给 { $count } 位成员：
broadcast-preview =
    📝 群发 #{ $id } 正在等待批准：共 { $total } 个接收者（其中 { $chats } 个频道和群组）。
    需由另一位管理员用 /broadcast_approve { $id } 批准；用 /broadcast_cancel { $id } 取消。
broadcast-approved = ✅ 群发 #{ $id } 已批准：现在开始发送。用 /broadcast_progress { $id } 查看进度。
broadcast-approval-recorded = 已记录群发 #{ $id } 的第 { $count } 个批准（共需 { $required } 个）：还需等待另一位管理员或所有者（非作者）的 { $remaining } 个批准。目前尚未发送任何内容。
broadcast-not-found = 没有群发 #{ $id }。
broadcast-not-pending = 群发 #{ $id } 在当前状态下无法更改。
broadcast-own = 群发 #{ $id } 是你写的：需要另一位管理员批准。
broadcast-cancelled = ⛔ 群发 #{ $id } 已取消：不会再发出任何消息。
broadcast-empty = 没有可发送的对象。
broadcast-id-usage = 用法：/{ $command } <群发编号>
broadcast-state = 群发 #{ $id }：{ $state }
broadcast-cmd = 给所有成员写通讯（需要另一位管理员批准）
broadcast-cmd-approve = 批准他人的群发
broadcast-cmd-cancel = 取消群发
broadcast-cmd-progress = 查看群发进度
broadcast-cmd-uncertain = 查看群发中状态不确定的消息并重新发送
broadcast-uncertain-title = ⚠️ 群发 #{ $id }：有 { $count } 条消息状态不确定（请求可能已到达 Telegram 后发生了网络错误）。这些消息永远不会自动重发。
broadcast-uncertain-line = • <code>{ $chat }</code> ({ $op }) { $error }
broadcast-uncertain-more = …… 还有 { $more } 条（命令行可列出全部：broadcast uncertain ID）。
broadcast-uncertain-btn-resend = 🔁 重新发送这 { $count } 条……
broadcast-uncertain-confirm = 重新发送群发 #{ $id } 中 { $count } 条状态不确定的消息？其中一些可能已经送达：这些成员会收到两次。
broadcast-uncertain-btn-yes = 是，重新发送 { $count } 条
broadcast-uncertain-btn-no = 否，保持不变
broadcast-uncertain-requeued = 🔁 群发 #{ $id } 中 { $count } 条状态不确定的消息已重新排队一次。作者会收到新的最终报告。
broadcast-uncertain-kept = 未重新发送任何消息：群发 #{ $id } 保持不变。
broadcast-uncertain-none = 群发 #{ $id } 没有状态不确定的消息。
broadcast-uncertain-cancelled = 群发 #{ $id } 已取消：其消息不会重新发送。
broadcast-uncertain-changed = 群发 #{ $id } 中状态不确定的消息在此期间发生了变化（是否有其他人操作？）：未发送任何消息。请用 /broadcast_uncertain { $id } 重新查看。
