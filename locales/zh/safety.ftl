# 安全
safety-cmd-verify = 查询某人是否为官方工作人员，或验证官方消息的验证码
safety-cmd-check = 将地址、链接或 @用户名 与官方列表核对
safety-cmd-official-list = 官方域名、账号、链接和地址
safety-cmd-official-add = 添加官方域名、账号、链接或地址
safety-cmd-official-remove = 删除官方条目
safety-secret-private-warning = ⚠️ 这看起来像是助记词或私钥。我没有保存它。切勿与任何人分享——工作人员绝不会向你索要。如果你已在别处发布，请立即将资产转移到新钱包。
safety-secret-group-notice = ⚠️ { $name } 的一条消息已被删除，因为它看起来像助记词或私钥。切勿分享这些内容：工作人员绝不会索要。
safety-secret-group-notice-undeleted = ⚠️ { $name }，你的消息看起来像助记词或私钥。请立即删除，并将资产转移到新钱包。工作人员绝不会索要。
safety-staff-cannot-delete = ⚠️ 我在 { $chat } 没有删除消息的权限，发布在那里的助记词和私钥会一直可见。请授予我“删除消息”权限。
safety-staff-lookalike = 🔗 { $chat } 中 { $who } 发布了仿冒链接：<code>{ $value }</code> 冒充 <code>{ $like }</code>。{ $deleted ->
    [yes] 该消息已删除。
   *[no] 该消息未删除。
}
safety-staff-impersonation-restrict = 🚨 { $chat } 中可能有冒充者：{ $who }。原因：{ $reason }（工作人员 ID：{ $staff }）。我已限制其发言。案件 #{ $case }。
safety-staff-impersonation-ban = 🚨 { $chat } 中可能有冒充者：{ $who }。原因：{ $reason }（工作人员 ID：{ $staff }）。我已将其封禁。案件 #{ $case }。
safety-staff-impersonation-alert = 🚨 { $chat } 中可能有冒充者：{ $who }。原因：{ $reason }（工作人员 ID：{ $staff }）。未采取措施。案件 #{ $case }。
safety-undo-restrict = ↩️ 撤销：解除限制
safety-undo-ban = ↩️ 撤销：解除封禁
safety-undo-done = 已撤销。
safety-undo-already = 此案件已关闭。
safety-verify-usage = 用法：/verify @用户名、/verify <数字 ID>、/verify 验证码（来自官方消息），或回复某条消息发送 /verify。你也可以私聊转发消息给我。
safety-verify-staff = ✅ { $who }（ID <code>{ $id }</code>）是官方工作人员（{ $roles }）。
safety-verify-not-staff = ⛔ { $who }（ID <code>{ $id }</code>）不是工作人员。请小心：切勿向其发送资金、验证码或助记词。
safety-verify-hidden = ⛔ 发送者“{ $name }”隐藏了账号，无法验证。请视其为非工作人员：真正的工作人员绝不会主动私信你。
safety-verify-chat-official = ✅ “{ $name }”是官方频道。
safety-verify-chat-not-official = ⛔ “{ $name }”不是官方频道。请小心。
safety-verify-unknown-username = ❓ 我还没见过 @{ $username }，无法判断其身份。是否为工作人员只由 Telegram ID 决定：请让对方在群里发言，或把对方的消息转发给我。
safety-code-official = ✅ 验证码 <code>{ $code }</code> 真实有效：这条官方消息（{ $kind }）由我于 { $sent } 发送：{ $summary }
safety-code-unknown = ⛔ 不存在验证码为 <code>{ $code }</code> 的官方消息。请将该消息视为伪造。
safety-check-usage = 用法：/check <钱包地址 | 链接 | @用户名>
safety-check-official = ✅ <code>{ $value }</code> 是官方的（{ $kind }）{ $where }。
safety-check-not-official = ⛔ <code>{ $value }</code> 不是官方的：它在冒充 <code>{ $like }</code>。请勿使用。
safety-check-unknown = ❓ <code>{ $value }</code> 不在官方列表中。请小心：切勿向聊天中别人给你的地址转账或打开其链接。/official_list 可查看官方列表。
safety-official-usage = 用法：/official_add domain okex.com · /official_add handle @OKExOfficial_English · /official_add link twitter.com/OKEx · /official_add address BTC bitcoin 1ABC…（/official_remove 同理）。
safety-official-add-done = ✅ 已将 { $kind } <code>{ $value }</code> 加入官方列表。
safety-official-add-unchanged = { $kind } <code>{ $value }</code> 已是官方条目：未做更改。
safety-official-remove-done = ✅ 已从官方列表删除 { $kind } <code>{ $value }</code>。
safety-official-remove-unchanged = { $kind } <code>{ $value }</code> 不在官方列表中：未做更改。
safety-official-invalid = <code>{ $value }</code> 不是有效的 { $kind }（地址需要资产和网络：/official_add address BTC bitcoin 1ABC…）。
safety-official-list-title = <b>官方域名、账号、链接和地址</b>
safety-official-list-empty = 官方列表为空。
