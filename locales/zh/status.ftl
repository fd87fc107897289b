# 状态：各资产的提币和充币状态
status-menu = 📊 提币状态
status-cmd-status = 提币和充币状态（例如 /status BTC）
status-cmd-history = 资产的状态时间线（例如 /history BTC）
status-cmd-follow = 选择接收哪些状态通知
status-cmd-setstatus = 更改状态或发布更新
status-cmd-addasset = 添加新资产：/addasset BTC Bitcoin
status-cmd-correct = 更正已发布的更新：/correct UPDATE_ID
status-state-operational = ✅ 正常
status-state-delayed = ⏳ 延迟
status-state-paused = ⛔ 暂停
status-state-resumed = 🔄 已恢复
status-direction-withdrawals = 提币
status-direction-deposits = 充币
status-template-operational = { $symbol } { $direction }运行正常。
status-template-delayed = { $symbol } { $direction }出现延迟。您的资产安全，我们会在这里发布最新进展。
status-template-paused = { $symbol } { $direction }暂时暂停。您的资产安全，我们会在这里发布最新进展。
status-template-resumed = { $symbol } { $direction }已恢复。
status-template-update = { $symbol } { $direction }最新进展：当前状态仍为{ $state }。详情请见 /status { $symbol }。
status-message-change =
    📢 <b>{ $symbol }</b>（{ $name }）· { $direction }：{ $state }

    { $text }
status-message-update =
    📢 <b>{ $symbol }</b>（{ $name }）· { $direction }：{ $state }

    { $text }
status-message-correction =
    ✏️ <b>更正</b> · <b>{ $symbol }</b>（{ $name }）· { $direction }

    { $text }
status-reminder = ⏳ <b>{ $symbol }</b>：{ $direction }自 { $since } 起仍处于暂停状态。下次更新不晚于 { $next }。您的资产安全。
status-asset-line = <b>{ $symbol }</b> { $name } — 提币 { $withdrawals }，充币 { $deposits }
status-title = <b>提币和充币状态</b>
status-none = 目前还没有跟踪任何资产。
status-unknown-asset = 我没有跟踪 { $symbol }。已知资产：{ $known }
status-updated-at = 最近更改：{ $time }
status-follow-title = <b>您的状态通知</b>
status-follow-all-on = 🔔 您会收到所有资产的官方通知。
status-follow-all-off = 🔕 您不会收到官方通知。
status-follow-some = 您还关注了：{ $symbols }
status-follow-hint = 随时点击按钮即可更改。
status-btn-follow-all = 🔔 接收全部通知
status-btn-unfollow-all = 🔕 停止全部通知
status-btn-follow-one = ➕ { $symbol }
status-btn-unfollow-one = ✅ { $symbol }
status-followed-all = 您将收到每一条官方通知。
status-unfollowed-all = 您将不再收到官方通知。
status-followed-one = 您已关注 { $symbol }。
status-unfollowed-one = 您已取消关注 { $symbol }。
status-history-title = <b>{ $symbol }</b>（{ $name }）：时间线
status-history-line = { $time } · { $direction }：{ $state } — { $text }
status-history-correction = { $time } · ✏️ 更正 — { $text }
status-history-empty = { $symbol } 暂无更新。
status-history-usage = 请发送 /history 加资产代码，例如 /history BTC
status-error-unknown-asset = 未知资产 { $symbol }。请先添加（/addasset { $symbol } 名称，或命令行：status asset add { $symbol } "名称"）。
status-error-direction = “{ $value }”既不是 withdrawals 也不是 deposits。
status-error-state = “{ $value }”不是有效状态：请使用 operational、delayed、paused 或 resumed。
status-error-english-required = 英文内容为必填项。
status-error-time = “{ $value }”不是有效的日期时间（例如 2026-11-25T18:00Z）。
status-error-symbol = “{ $value }”不是资产代码（2 到 12 个字母或数字，例如 BTC）。
status-error-name = 资产需要一个名称，例如 Bitcoin。
status-error-unknown-update = 不存在更新 #{ $id }。
status-addasset-usage = 用法：/addasset 代码 名称，例如 /addasset BTC Bitcoin
status-asset-added = 已开始跟踪 { $symbol }（{ $name }）：正常。
status-asset-exists = { $symbol } 已在跟踪中。
status-flow-pick-asset = 选择哪个资产？
status-flow-no-assets = 还没有资产：请用 /addasset BTC Bitcoin 添加。
status-flow-ask-name = { $symbol } 尚未跟踪。发送其全称即可添加（例如 Bitcoin），或发送 /cancel。
status-flow-pick-direction = { $symbol }：提币还是充币？
status-flow-pick-state = { $symbol } { $direction }当前为{ $current }。新状态？
status-flow-update-only = 📝 不更改状态，仅发布更新
status-flow-ask-en = 请发送给成员的英文内容（必填）。
status-flow-ask-de = 现在发送德文内容，或点击跳过以使用翻译模板。
status-flow-ask-zh = 现在发送中文内容，或点击跳过以使用翻译模板。
status-flow-ask-reminder = 暂停期间，每隔多久提醒关注者（“自……起仍暂停”）？（最短间隔 { $min } 分钟）
status-flow-remind-every = { $hours } 小时
status-flow-remind-none = 不提醒
status-flow-skip = 跳过
status-flow-cancel = 取消
status-flow-cancelled = 已取消：没有提交任何内容。
status-flow-text-expected = 请以消息形式发送文本，或发送 /cancel。
status-flow-preview-title = <b>预览</b>：{ $total } 位关注者将收到以下内容。
status-flow-preview-lang = — <b>{ $lang }</b>，{ $count } 位成员：
status-flow-submit = ✅ 提交审批
status-flow-submitted = 请求 #{ $id } 正在等待另一位管理员审批。已通知审批人。
status-correct-usage = 用法：/correct UPDATE_ID 新的英文内容（编号可通过命令行 status history SYMBOL 查看）
status-result-sent = { $symbol } 的更新 #{ $id } 已记录，正在发送给 { $count } 位关注者（广播 #{ $broadcast }）。
status-result-recorded = { $symbol } 的更新 #{ $id } 已记录并显示在 /status 中，但未发送：发送服务不可用。原本会有 { $count } 位关注者收到。
status-result-delivery-failed = { $symbol } 的更新 #{ $id } 已记录并显示在 /status 中，但发送服务拒绝了它：未发送给 { $count } 位关注者。请通知发送团队。
status-result-no-followers = { $symbol } 的更新 #{ $id } 已记录；目前没有人关注，因此未发送。
status-result-scheduled = { $symbol } 的公告已获批准，计划于 { $at } 发布。
status-result-corrected = { $symbol } 的更正 #{ $id } 已记录：已发送的 { $copies } 条消息正在编辑（广播 #{ $broadcast }）；尚未发送的 { $queued } 条将直接使用更正后的文本。
status-result-correction-unsent = { $symbol } 的更正 #{ $id } 已记录；原更新从未发送，因此没有可编辑的消息。
status-result-correction-nothing = { $symbol } 的更正 #{ $id } 已记录；原消息没有送达任何人（失败或被屏蔽），因此未编辑任何消息。
status-result-correction-no-delivery = { $symbol } 的更正 #{ $id } 已记录并显示在 /history 中，但消息未被编辑：发送服务不可用。
status-result-correction-failed = { $symbol } 的更正 #{ $id } 已记录，但发送服务拒绝了编辑：消息仍显示旧文本。请通知发送团队。
