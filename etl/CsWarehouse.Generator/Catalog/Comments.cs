using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Catalog;

/// <summary>Survey comments by language and mood; a few span two lines, as free-text answers do.</summary>
internal static class Comments
{
    private static readonly string[][] Vietnamese =
    [
        ["Phải gọi nhiều lần mới được xử lý.", "Chờ quá lâu, không hài lòng.", "Vấn đề vẫn chưa được giải quyết!"],
        ["Tạm được.", "Nhân viên lịch sự nhưng hơi chậm.", "Cần cải thiện thời gian phản hồi."],
        ["Nhân viên hỗ trợ rất nhiệt tình, cảm ơn!", "Giải quyết nhanh chóng.", "Rất hài lòng với dịch vụ."],
    ];
    private static readonly string[][] Thai =
    [
        ["รอนานเกินไป", "ต้องติดต่อหลายครั้ง", "ยังแก้ปัญหาไม่ได้"],
        ["พอใช้ได้", "พนักงานสุภาพ แต่ช้า", "ควรตอบให้เร็วกว่านี้"],
        ["บริการดีมาก ขอบคุณครับ", "ตอบเร็ว แก้ปัญหาได้", "ประทับใจมากค่ะ"],
    ];
    private static readonly string[][] Persian =
    [
        ["خیلی طول کشید", "مشکل هنوز حل نشده", "چند بار تماس گرفتم"],
        ["بد نبود", "پاسخ مودبانه ولی کند بود", "می‌تواند بهتر باشد"],
        ["پشتیبانی عالی بود، ممنون", "سریع پاسخ دادند", "کاملاً راضی هستم"],
    ];
    private static readonly string[][] English =
    [
        ["Had to explain the issue \"three times\", very frustrating.", "Too slow.", "Still not fixed, disappointed."],
        ["OK, but slow.", "Fine.", "Polite agent, took a while though."],
        ["Great support, thanks!", "Quick and helpful.", "Solved on the first call, perfect."],
    ];

    /// <summary>A comment for a score given as a share of its scale (0 = worst, 1 = best).</summary>
    public static string Pick(Language language, double share, Rng rng)
    {
        var pools = language switch
        {
            Language.Vietnamese => Vietnamese,
            Language.Thai => Thai,
            Language.Persian => Persian,
            _ => English,
        };
        var pool = pools[share < 0.45 ? 0 : share < 0.75 ? 1 : 2];
        string text = rng.Pick(pool);
        return rng.Chance(0.04) ? text + "\n" + rng.Pick(pool) : text;
    }
}
