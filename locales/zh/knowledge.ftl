# 知识库：回答、反馈、维护
kb-answer =
    <b>{ $title }</b>

    { $answer }
kb-unsure = 我不确定是否理解了您的问题。您是想问以下哪一个？
kb-none = 知识库里没有这个问题的答案，我不会猜测。客服人员可以帮助您：点击下方按钮，用您的问题创建工单。
kb-declined =
    { $answer }

    客服人员可以帮助您：点击下方按钮，用您的问题创建工单。
kb-none-group = 知识库里没有这个问题的答案。请私聊我联系客服。
kb-btn-support = 💬 咨询客服
kb-btn-up = 👍
kb-btn-down = 👎
kb-related = 相关：
kb-sources = 来源：{ $titles }
kb-feedback-thanks = 感谢您的反馈！
kb-feedback-sorry = 很抱歉没能帮到您。我已记录您的问题，团队会改进答案。客服可以立即帮助您：
kb-faq-usage = 请在命令后写下您的问题，例如 /faq 我的资金安全吗？
kb-live-withdrawals = <b>{ $symbol }</b>：提币{ $state -> [operational] 已开放，运行正常 [resumed] 已恢复 [delayed] 已开放但有延迟 [paused] 目前暂停 *[other] { $state } }；充值{ $deposits -> [operational] 已开放 [resumed] 已恢复 [delayed] 有延迟 [paused] 暂停 *[other] { $deposits } }。更新时间：{ $time } UTC。
kb-inline-none = 没有匹配的答案
kb-inline-none-text = 知识库里暂时没有这个问题的答案。请私聊我联系客服。
kb-support-unavailable = 客服系统尚未接入。请使用交易所的帮助中心。
kb-gaps-title = <b>未回答和 👎 的问题</b>（按次数排序）
kb-gaps-empty = 没有未回答的问题。🎉
kb-staff-usage =
    <b>知识库</b>
    /kb_list [标签] — 列出条目
    /kb_show &lt;id&gt; — 查看条目及其版本
    /kb_add — 回复一条 YAML 条目消息以添加
    /kb_edit — 回复一条 YAML 条目消息以替换
    /kb_delete &lt;id&gt; — 删除条目
    /kb_revert &lt;id&gt; &lt;version&gt; — 恢复旧版本
    /kb_export — 导出整个知识库文件
    /kb_import — 回复一个 .yaml 文件以导入（替换），或 /kb_import merge
    /kb_gaps — 会员提出但没有答案的问题
kb-list-title = <b>知识库</b>：{ $count } 条
kb-list-empty = 知识库为空。
kb-not-found = 没有条目“{ $id }”。
kb-show =
    <b>{ $id }</b> v{ $version } · { $hits } 次命中 · 标签：{ $tags }
    { $title }
    版本：{ $versions }
kb-saved = ✅ 条目“{ $id }”已保存为版本 { $version }。
kb-deleted = 🗑 条目“{ $id }”已删除（版本 { $version }；/kb_revert { $id } { $previous } 可恢复）。
kb-reverted = ↩️ 条目“{ $id }”已恢复到版本 { $from }（当前版本 { $version }）。
kb-version-missing = 条目“{ $id }”没有版本 { $version }。
kb-invalid = ❌ 未做任何更改。问题：
    { $problems }
kb-import-need-file = 请用 /kb_import 回复一个 .yaml 文件（或 /kb_import merge 保留文件中没有的条目）。
kb-import-done = ✅ 已导入：新增 { $created }，修改 { $updated }，删除 { $deleted }，未变 { $unchanged }。
kb-import-too-big = 文件太大（最多 1 MB）。
kb-edit-need-yaml = 请用 /kb_add 或 /kb_edit 回复一条包含 YAML 条目（id, tags, related, texts）的消息。
kb-edit-exists = 条目“{ $id }”已存在：请用 /kb_edit 修改。
kb-export-caption = 知识库，共 { $count } 条。
kb-auto-usage = 请在群组中使用 /kb_auto on 或 /kb_auto off。
kb-auto-on = ✅ 我会在本群自动回答非常明确的问题（每分钟最多 20 条）。
kb-auto-off = 本群的自动回答已关闭。提及我、回复我或使用 /faq 时我会回答。
cmd-faq = 查询知识库（群组中）
cmd-kb = 维护知识库
cmd-kb-gaps = 没有答案的问题
