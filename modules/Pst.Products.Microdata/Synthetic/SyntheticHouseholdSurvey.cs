using System.Globalization;
using Pst.Products.Microdata.Catalogue;
using Pst.Products.Microdata.Extraction;

namespace Pst.Products.Microdata.Synthetic;

/// <summary>
/// Synthetic household-survey microdata shaped like a Susenas KOR household file for Jawa Tengah: 39 BPS-style
/// variables (R101 province, R102 kabupaten/kota from the real code table, R105 urban/rural, a weight, housing,
/// head of household, social programmes, expenditure), any number of records, the same file for the same seed.
/// The values are drawn at random with plausible shares and links (a kota is mostly urban; expenditure rises with
/// education and urban living; a head who does not work has no industry). They describe no real household.
/// </summary>
public static class SyntheticHouseholdSurvey
{
    private sealed record Spec(string Name, string Label, string Section, VariableRole Role = VariableRole.Regular, int Decimals = 0, string? Question = null, string? Universe = null, string[]? Values = null);

    private const string Place = "Blok I. Keterangan Tempat";
    private const string Household = "Blok II. Keterangan Rumah Tangga";
    private const string Housing = "Blok XVIII. Keterangan Perumahan";
    private const string Head = "Blok IV. Kepala Rumah Tangga";
    private const string Programmes = "Blok XXII. Program Perlindungan Sosial";
    private const string Spending = "Blok XLI. Pengeluaran Rumah Tangga";
    private const string AllHouseholds = "Semua rumah tangga";
    private static readonly string[] YesNo = ["1=Ya", "2=Tidak"];

    private static readonly Spec[] Specs =
    [
        new("R101", "Provinsi", Place, VariableRole.Area, Question: "Provinsi", Universe: AllHouseholds, Values: ["33=Jawa Tengah"]),
        new("R102", "Kabupaten/kota", Place, VariableRole.Area, Question: "Kabupaten/kota", Universe: AllHouseholds),
        new("R105", "Klasifikasi desa/kelurahan", Place, Question: "Klasifikasi desa/kelurahan", Universe: AllHouseholds, Values: ["1=Perkotaan", "2=Perdesaan"]),
        new("URUT", "Nomor urut rumah tangga (anonim)", Household, VariableRole.Identifier, Universe: AllHouseholds),
        new("FWT", "Penimbang rumah tangga", Household, VariableRole.Weight, Decimals: 2, Universe: AllHouseholds),
        new("R301", "Banyaknya anggota rumah tangga", Household, Question: "Banyaknya anggota rumah tangga", Universe: AllHouseholds),
        new("R1802", "Status penguasaan bangunan tempat tinggal", Housing, Question: "Status penguasaan bangunan tempat tinggal yang ditempati", Universe: AllHouseholds, Values: ["1=Milik sendiri", "2=Kontrak", "3=Sewa", "4=Bebas sewa", "5=Dinas", "6=Lainnya"]),
        new("R1803", "Luas lantai bangunan (m2)", Housing, Question: "Berapa luas lantai bangunan tempat tinggal?", Universe: AllHouseholds),
        new("R1804", "Jenis atap terluas", Housing, Question: "Bahan bangunan utama atap rumah terluas", Universe: AllHouseholds, Values: ["1=Beton", "2=Genteng", "3=Seng", "4=Asbes", "5=Lainnya"]),
        new("R1805", "Jenis dinding terluas", Housing, Question: "Bahan bangunan utama dinding rumah terluas", Universe: AllHouseholds, Values: ["1=Tembok", "2=Plesteran anyaman bambu/kawat", "3=Kayu/papan", "4=Anyaman bambu", "5=Lainnya"]),
        new("R1806", "Jenis lantai terluas", Housing, Question: "Bahan bangunan utama lantai rumah terluas", Universe: AllHouseholds, Values: ["1=Marmer/granit", "2=Keramik", "3=Parket/vinil", "4=Ubin/tegel", "5=Semen", "6=Kayu/papan", "7=Tanah", "8=Lainnya"]),
        new("R1807", "Sumber air minum utama", Housing, Question: "Sumber air utama yang digunakan rumah tangga untuk minum", Universe: AllHouseholds, Values: ["1=Air kemasan bermerk", "2=Air isi ulang", "3=Leding", "4=Sumur bor/pompa", "5=Sumur terlindung", "6=Mata air terlindung", "7=Lainnya"]),
        new("R1808", "Fasilitas buang air besar", Housing, Question: "Kepemilikan fasilitas tempat buang air besar", Universe: AllHouseholds, Values: ["1=Sendiri", "2=Bersama rumah tangga tertentu", "3=Umum", "4=Tidak ada"]),
        new("R1809", "Jenis kloset", Housing, Question: "Jenis kloset yang digunakan", Universe: "Rumah tangga yang memiliki fasilitas buang air besar", Values: ["1=Leher angsa", "2=Plengsengan", "3=Cemplung/cubluk", "4=Tidak pakai"]),
        new("R1810", "Tempat pembuangan akhir tinja", Housing, Question: "Tempat pembuangan akhir tinja", Universe: "Rumah tangga yang memiliki fasilitas buang air besar", Values: ["1=Tangki septik", "2=IPAL", "3=Lubang tanah", "4=Lainnya"]),
        new("R1811", "Sumber penerangan utama", Housing, Question: "Sumber penerangan utama rumah tangga", Universe: AllHouseholds, Values: ["1=Listrik PLN dengan meteran", "2=Listrik PLN tanpa meteran", "3=Listrik non-PLN", "4=Bukan listrik"]),
        new("R1812", "Daya terpasang listrik PLN", Housing, Question: "Daya listrik terpasang", Universe: "Rumah tangga pelanggan listrik PLN", Values: ["1=450 watt", "2=900 watt", "3=1.300 watt", "4=2.200 watt", "5=Lebih dari 2.200 watt"]),
        new("R1813", "Bahan bakar utama memasak", Housing, Question: "Bahan bakar/energi utama untuk memasak", Universe: AllHouseholds, Values: ["1=Listrik", "2=Elpiji 3 kg", "3=Elpiji lebih dari 3 kg", "4=Gas kota", "5=Minyak tanah", "6=Kayu bakar", "7=Lainnya"]),
        new("R1814", "Memiliki lemari es/kulkas", Housing, Question: "Apakah rumah tangga memiliki lemari es/kulkas?", Universe: AllHouseholds, Values: YesNo),
        new("R1815", "Memiliki AC", Housing, Question: "Apakah rumah tangga memiliki AC?", Universe: AllHouseholds, Values: YesNo),
        new("R1816", "Memiliki sepeda motor", Housing, Question: "Apakah rumah tangga memiliki sepeda motor?", Universe: AllHouseholds, Values: YesNo),
        new("R1817", "Memiliki mobil", Housing, Question: "Apakah rumah tangga memiliki mobil?", Universe: AllHouseholds, Values: YesNo),
        new("R1818", "Memiliki komputer/laptop", Housing, Question: "Apakah rumah tangga memiliki komputer/laptop?", Universe: AllHouseholds, Values: YesNo),
        new("R1819", "Mengakses internet dalam 3 bulan terakhir", Housing, Question: "Apakah ada anggota rumah tangga yang mengakses internet dalam 3 bulan terakhir?", Universe: AllHouseholds, Values: YesNo),
        new("R1820", "Jarak ke puskesmas terdekat (km)", Housing, Decimals: 1, Question: "Berapa jarak dari rumah ke puskesmas terdekat?", Universe: AllHouseholds),
        new("KRT_JK", "Jenis kelamin kepala rumah tangga", Head, Question: "Jenis kelamin", Universe: "Kepala rumah tangga", Values: ["1=Laki-laki", "2=Perempuan"]),
        new("KRT_UMUR", "Umur kepala rumah tangga (tahun)", Head, Question: "Umur", Universe: "Kepala rumah tangga"),
        new("KRT_KAWIN", "Status perkawinan kepala rumah tangga", Head, Question: "Status perkawinan", Universe: "Kepala rumah tangga", Values: ["1=Belum kawin", "2=Kawin", "3=Cerai hidup", "4=Cerai mati"]),
        new("KRT_PDDK", "Pendidikan tertinggi kepala rumah tangga", Head, Question: "Ijazah/STTB tertinggi yang dimiliki", Universe: "Kepala rumah tangga", Values: ["1=Tidak punya ijazah", "2=SD/sederajat", "3=SMP/sederajat", "4=SMA/sederajat", "5=D1-D3", "6=D4/S1", "7=S2/S3"]),
        new("KRT_KERJA", "Kepala rumah tangga bekerja seminggu terakhir", Head, Question: "Apakah selama seminggu yang lalu bekerja?", Universe: "Kepala rumah tangga", Values: YesNo),
        new("KRT_LAPUS", "Lapangan usaha kepala rumah tangga", Head, Question: "Lapangan usaha dari pekerjaan utama", Universe: "Kepala rumah tangga yang bekerja", Values: ["1=Pertanian", "2=Industri pengolahan", "3=Perdagangan", "4=Jasa", "5=Lainnya"]),
        new("R2201", "Memiliki Kartu Keluarga Sejahtera (KKS)", Programmes, Question: "Apakah rumah tangga memiliki KKS?", Universe: AllHouseholds, Values: YesNo),
        new("R2202", "Penerima Program Keluarga Harapan (PKH)", Programmes, Question: "Apakah rumah tangga menerima PKH dalam setahun terakhir?", Universe: AllHouseholds, Values: YesNo),
        new("R2203", "Penerima Bantuan Pangan Non Tunai (BPNT)", Programmes, Question: "Apakah rumah tangga menerima BPNT dalam setahun terakhir?", Universe: AllHouseholds, Values: YesNo),
        new("R2204", "Peserta JKN penerima bantuan iuran", Programmes, Question: "Apakah ada anggota rumah tangga peserta JKN PBI?", Universe: AllHouseholds, Values: YesNo),
        new("R2205", "Penerima Kredit Usaha Rakyat (KUR)", Programmes, Question: "Apakah rumah tangga menerima KUR dalam setahun terakhir?", Universe: AllHouseholds, Values: YesNo),
        new("EXP_MAKAN", "Pengeluaran makanan sebulan (rupiah)", Spending, Question: "Rata-rata pengeluaran makanan sebulan", Universe: AllHouseholds),
        new("EXP_NONMAKAN", "Pengeluaran bukan makanan sebulan (rupiah)", Spending, Question: "Rata-rata pengeluaran bukan makanan sebulan", Universe: AllHouseholds),
        new("EXP_CAP", "Pengeluaran per kapita sebulan (rupiah)", Spending, Decimals: 2, Question: "Pengeluaran sebulan dibagi banyaknya anggota rumah tangga", Universe: AllHouseholds),
    ];

    public const string ProvinceVariable = "R101";
    public const string RegencyVariable = "R102";

    public static IReadOnlyList<string> Columns { get; } = Specs.Select(s => s.Name).ToList();

    /// <summary>The data dictionary of the synthetic file (R102's value labels are the real kabupaten/kota).</summary>
    public static IReadOnlyList<Variable> Dictionary(string datasetCode) =>
        Specs.Select((s, i) => new Variable(
            datasetCode,
            i + 1,
            s.Name,
            s.Label,
            VariableType.Numeric,
            s.Decimals,
            s.Role,
            s.Section,
            s.Question,
            s.Universe,
            s.Name == RegencyVariable
                ? JawaTengahRegencies.All.ToDictionary(r => r.Code[2..], r => r.Name)
                : (s.Values ?? []).Select(v => v.Split('=', 2)).ToDictionary(p => p[0], p => p[1])))
        .ToList();

    /// <summary>Writes <paramref name="records"/> synthetic household records as CSV; the same seed gives the same file.</summary>
    public static void Write(Stream target, int seed, long records)
    {
        var random = new Random(seed);
        var regencies = JawaTengahRegencies.All;
        using var csv = new CsvRecordWriter(target);
        csv.Write(Columns);
        var row = new string[Specs.Length];
        for (long n = 1; n <= records; n++)
        {
            Fill(row, random, regencies, n);
            csv.Write(row);
        }
    }

    private static void Fill(string[] row, Random random, IReadOnlyList<(string Code, string Name)> regencies, long number)
    {
        var regency = regencies[random.Next(regencies.Count)].Code;
        var isKota = regency[2] == '7';
        var urban = random.NextDouble() < (isKota ? 0.95 : 0.45);
        var size = 1 + Math.Min(9, (int)Math.Round(Math.Abs(Normal(random, 3.4, 1.6))));
        var education = Pick(random, urban ? [8, 25, 18, 30, 6, 11, 2] : [16, 38, 20, 19, 3, 4, 0]);
        var works = random.NextDouble() < 0.82;
        var electricity = Pick(random, [88, 6, 4, 2]);
        var wealth = Math.Exp(Normal(random, 0, 0.45)) * (urban ? 1.35 : 1.0) * (0.75 + (education * 0.12));
        var food = Math.Round(size * 520_000 * wealth / 1000) * 1000;
        var nonFood = Math.Round(size * 430_000 * wealth * wealth / 1000) * 1000;
        var toilet = Pick(random, [82, 8, 3, 7]);
        var poor = wealth < 0.75;

        var i = 0;
        row[i++] = JawaTengahRegencies.ProvinceCode;
        row[i++] = regency[2..];
        row[i++] = urban ? "1" : "2";
        row[i++] = Text(number);
        row[i++] = Text(Math.Round(Math.Max(40, Normal(random, 310, 85)), 2), 2);
        row[i++] = Text(size);
        row[i++] = Text(Pick(random, [80, 6, 4, 8, 1, 1]));
        row[i++] = Text(Math.Max(12, (int)Math.Round(Normal(random, 70 * Math.Sqrt(wealth), 25))));
        row[i++] = Text(Pick(random, [8, 82, 6, 3, 1]));
        row[i++] = Text(Pick(random, urban ? [88, 5, 4, 2, 1] : [70, 10, 10, 9, 1]));
        row[i++] = Text(Pick(random, urban ? [4, 62, 1, 10, 18, 1, 3, 1] : [1, 38, 0, 12, 30, 3, 15, 1]));
        row[i++] = Text(Pick(random, urban ? [18, 45, 12, 15, 5, 4, 1] : [6, 30, 4, 30, 18, 10, 2]));
        row[i++] = Text(toilet);
        row[i++] = toilet == 4 ? "" : Text(Pick(random, [94, 3, 3, 0]));
        row[i++] = toilet == 4 ? "" : Text(Pick(random, urban ? [80, 5, 12, 3] : [60, 1, 33, 6]));
        row[i++] = Text(electricity);
        row[i++] = electricity <= 2 ? Text(Pick(random, poor ? [55, 40, 4, 1, 0] : [15, 50, 22, 9, 4])) : "";
        row[i++] = Text(Pick(random, urban ? [2, 70, 22, 2, 1, 2, 1] : [1, 78, 6, 0, 1, 13, 1]));
        row[i++] = YesOrNo(random, poor ? 0.45 : 0.85);
        row[i++] = YesOrNo(random, poor ? 0.02 : urban ? 0.22 : 0.07);
        row[i++] = YesOrNo(random, 0.86);
        row[i++] = YesOrNo(random, poor ? 0.02 : urban ? 0.2 : 0.1);
        row[i++] = YesOrNo(random, poor ? 0.05 : urban ? 0.38 : 0.16);
        row[i++] = YesOrNo(random, urban ? 0.86 : 0.7);
        row[i++] = Text(Math.Round(Math.Max(0.1, urban ? Normal(random, 1.8, 0.9) : Normal(random, 4.2, 2.2)), 1), 1);
        row[i++] = random.NextDouble() < 0.84 ? "1" : "2";
        row[i++] = Text(Math.Clamp((int)Math.Round(Normal(random, 49, 13)), 16, 98));
        row[i++] = Text(Pick(random, [3, 82, 4, 11]));
        row[i++] = Text(education);
        row[i++] = works ? "1" : "2";
        row[i++] = works ? Text(Pick(random, urban ? [10, 24, 30, 30, 6] : [46, 16, 16, 16, 6])) : "";
        row[i++] = YesOrNo(random, poor ? 0.55 : 0.08);
        row[i++] = YesOrNo(random, poor ? 0.4 : 0.05);
        row[i++] = YesOrNo(random, poor ? 0.5 : 0.07);
        row[i++] = YesOrNo(random, poor ? 0.7 : 0.2);
        row[i++] = YesOrNo(random, poor ? 0.03 : 0.06);
        row[i++] = Text((long)food);
        row[i++] = Text((long)nonFood);
        row[i] = Text(Math.Round((food + nonFood) / size, 2), 2);
    }

    /// <summary>A code 1, 2, … drawn with the given weights.</summary>
    private static int Pick(Random random, int[] weights)
    {
        var draw = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            draw -= weights[i];
            if (draw < 0)
            {
                return i + 1;
            }
        }

        return weights.Length;
    }

    private static string YesOrNo(Random random, double yes) => random.NextDouble() < yes ? "1" : "2";

    private static double Normal(Random random, double mean, double deviation) =>
        mean + (deviation * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
