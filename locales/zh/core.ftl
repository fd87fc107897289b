# 基础：开始、帮助、语言、隐私、错误
start-welcome =
    你好，{ $name }！👋 我是交易所的社区助手。

    我可以为你做这些：
    • 回答关于提币、资金安全、私钥管理和奖励的问题：直接输入你的问题即可
    • 告诉你每个币种的提币状态，并在状态变化时通知你
    • 帮你联系客服
    • 让你参加在线 AMA

    ⚠️ 工作人员绝不会主动私信你，也绝不会向你索要密码、私钥、助记词或两步验证码。
start-menu-title = 你想做什么？
help-text =
    <b>命令</b>
    { $commands }

    直接用你自己的话写下问题：我会根据官方知识库回答。如果我不知道，会为你提供联系人工客服的方式。
help-staff-text =
    <b>工作人员命令</b>
    { $commands }
menu-language = 🌐 语言
menu-privacy = 🔒 隐私
menu-help = ❓ 帮助
language-choose = 请选择你的语言：
language-set = 好的：从现在起我将用简体中文与你交流。
language-unknown = 我不认识这种语言。请从下面的按钮中选择一个。
privacy-text =
    <b>本机器人存储了你的哪些信息</b>
    • 你的 Telegram ID、名字、用户名和语言
    • 你何时启动机器人、最后一次发消息的时间，以及你是否屏蔽了它
    • 你发送给需要这些信息的功能的内容（你的提问、客服工单、AMA 提问、你的订阅设置）

    它绝不会索要或存储密码、私钥或助记词。不会出售或分享任何信息。
    发送 /forgetme 可删除你的个人数据。{ $contact ->
        [none] {""}
       *[other] {"\u000A"}有关数据的问题：{ $contact }
    }
forgetme-confirm = 这将删除机器人存储的关于你的所有信息：个人资料、设置和历史记录。此操作无法撤销。是否继续？
forgetme-yes = 是的，删除我的数据
forgetme-no = 不，保留
forgetme-done = 你的个人数据已删除。如果你再次发消息，将重新开始。
forgetme-cancelled = 没有删除任何内容。
rate-limited = 你发消息太快了。请稍等片刻再发送下一条。
error-generic = 抱歉，我这边出了点问题。请一分钟后再试；如果问题持续，请联系客服。
access-denied = 抱歉，此命令仅限工作人员使用。
unknown-command = 我不认识这个命令。发送 /help 查看我能做什么。
cmd-start = 开始和主菜单
cmd-help = 我能做什么
cmd-language = 更改语言
cmd-privacy = 存储了你的哪些信息
cmd-forgetme = 删除你的数据
