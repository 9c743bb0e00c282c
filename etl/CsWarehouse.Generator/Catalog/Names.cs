using CsWarehouse.Generator.Randomness;

namespace CsWarehouse.Generator.Catalog;

/// <summary>Person and company names in Vietnamese, Thai, Persian and Latin script.</summary>
internal static class Names
{
    private static readonly string[] ViFamily =
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
    private static readonly string[] ViMiddle = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức", "Thu", "Quốc", "Bảo"];
    private static readonly string[] ViGiven =
        ["An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan",
         "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quang", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"];
    private static readonly string[] ThGiven =
        ["สมชาย", "สมหญิง", "ประเสริฐ", "วิไล", "ณัฐพล", "กมลชนก", "ธนพล", "ศิริพร", "อนุชา", "พิมพ์ชนก", "สุภาพร", "ชัยวัฒน์"];
    private static readonly string[] ThFamily = ["ศรีสุข", "วงศ์ใหญ่", "สุขสวัสดิ์", "แก้วมณี", "ทองดี", "บุญมา", "ใจดี", "รัตนพันธ์"];
    private static readonly string[] FaGiven = ["علی", "محمد", "زهرا", "فاطمه", "مریم", "رضا", "حسین", "سارا", "نگار", "امیر", "پریسا", "مهدی"];
    private static readonly string[] FaFamily = ["احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی", "رحیمی", "نوری"];
    private static readonly string[] EnGiven =
        ["James", "Mary", "Emma", "Liam", "Olivia", "Noah", "Sophie", "Lukas", "Hannah", "Chloé", "Mathieu", "Wei", "Priya",
         "José", "Zoë", "Seán", "Björn", "Amélie"];
    private static readonly string[] EnFamily =
        ["Smith", "Johnson", "Müller", "Schmidt", "Dubois", "Martin", "O'Brien", "García", "Tan", "Lim", "Williams",
         "Brown", "Lefèvre", "Nguyen"];
    private static readonly string[] ViCompany = ["Minh Phát", "Hoàng Long", "Sao Việt", "Thành Công", "Phú Gia", "Đại Dương"];
    private static readonly string[] ThCompany = ["สยามเทค", "ไทยรุ่งเรือง", "กรุงเทพดิจิทัล", "ล้านนาซอฟต์"];
    private static readonly string[] FaCompany = ["پارس", "آریا", "نوین", "سپهر", "البرز"];

    public static string Person(Language language, Rng rng) => language switch
    {
        Language.Vietnamese => $"{rng.Pick(ViFamily)} {rng.Pick(ViMiddle)} {rng.Pick(ViGiven)}",
        Language.Thai => $"{rng.Pick(ThGiven)} {rng.Pick(ThFamily)}",
        Language.Persian => $"{rng.Pick(FaGiven)} {rng.Pick(FaFamily)}",
        _ => $"{rng.Pick(EnGiven)} {rng.Pick(EnFamily)}",
    };

    // Some company names carry a comma or quotes on purpose: real exports do, and CSV must survive it.
    public static string Company(Language language, Rng rng) => language switch
    {
        Language.Vietnamese => $"Công ty TNHH {rng.Pick(ViCompany)}",
        Language.Thai => $"บริษัท {rng.Pick(ThCompany)} จำกัด",
        Language.Persian => $"شرکت {rng.Pick(FaCompany)}",
        _ => rng.Next(4) switch
        {
            0 => $"{rng.Pick(EnFamily)}, {rng.Pick(EnFamily)} & Partners",
            1 => $"{rng.Pick(EnFamily)} GmbH",
            2 => $"\"{rng.Pick(EnFamily)}\" Trading Ltd",
            _ => $"{rng.Pick(EnFamily)} Inc.",
        },
    };
}
