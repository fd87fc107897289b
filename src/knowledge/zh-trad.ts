/**
 * Traditional → Simplified characters, for members in Hong Kong and Taiwan ("提幣恢復了嗎"): the
 * Chinese entries are written in Simplified, so the analyzer folds a question's Traditional
 * characters first. The common characters of an exchange's support desk only, not a full table.
 */
const TRAD = '幣錢資產戶帳賬號該麼為鑰備簽熱開關復嗎會們這個說時間還沒與獎勵費續傭詢問題決將發給體標記錯誤劃調監規據況當應對從後來點幾週雙權數額萬動種詞驗證碼騙員團隊聯繫係聽網盜損虧價漲樣讓機義業務營運轉現貨約單買賣實認識確於裡裏兩歷處節難頭級優風險護報導鏈區塊瀏覽賠償補謝顧銷廣讀寫計門鎖凍結暫飛駭態傳線紀錄歲銀絡罰執詐鏡爾氣壓驚慮擔憂悶亂層戰爭幫訊簡長經濟壞灣張條專屬歸輸贏負勝敗總檢測嚴謹衛隱顯餘圖寶貝紅場質槓桿倉滿強製穩糧彈蹤跡變換項評離誰甚屆麵註冊鐘';
const SIMP = '币钱资产户账账号该么为钥备签热开关复吗会们这个说时间还没与奖励费续佣询问题决将发给体标记错误划调监规据况当应对从后来点几周双权数额万动种词验证码骗员团队联系系听网盗损亏价涨样让机义业务营运转现货约单买卖实认识确于里里两历处节难头级优风险护报导链区块浏览赔偿补谢顾销广读写计门锁冻结暂飞骇态传线纪录岁银络罚执诈镜尔气压惊虑担忧闷乱层战争帮讯简长经济坏湾张条专属归输赢负胜败总检测严谨卫隐显余图宝贝红场质杠杆仓满强制稳粮弹踪迹变换项评离谁什届面注册钟';
const MAP = new Map([...TRAD].map((c, i) => [c, [...SIMP][i]!]));
const ANY = new RegExp(`[${TRAD}]`, 'gu');

export function toSimplified(text: string): string {
  return text.replace(ANY, (c) => MAP.get(c) ?? c);
}
