using Pst.Core.Kernel;
using Pst.Web.Tests.Infrastructure;
using static Pst.Web.Tests.Ordering.RequestSteps;

namespace Pst.Web.Tests.Localization;

/// <summary>
/// The messages model binding writes (a value that is no option, no number) come in the reader's language, not
/// ASP.NET Core's English, and nothing is saved.
/// </summary>
public sealed class ValidationMessageTests : SiteTestBase<SqliteAppFactory>
{
    private static (string, string)[] Profile(string domicile) =>
    [
        ("Input.FullName", "Ani Lestari"), ("Input.IdentityDocumentType", "Ktp"), ("Input.IdentityNumber", "3374010101010003"),
        ("Input.PhoneNumber", "0248412802"), ("Input.Segment", "Student"), ("Input.Institution", "Universitas Diponegoro"),
        ("Input.Npwp", ""), ("Input.Domicile", domicile),
    ];

    [Fact]
    public async Task A_value_that_is_no_option_is_refused_in_indonesian_and_in_english()
    {
        using var customer = await SiteSession.CustomerAsync(Factory, "ani.bahasa@example.org", "Ani", CustomerSegment.Individual);

        var indonesian = await TextOfAsync(await Forms.PostAsync(customer.Client, "/akun/profil", Profile("Mars")));
        Assert.Contains("Nilai 'Mars' tidak berlaku untuk Domisili.", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("is not valid", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("Profil Anda telah disimpan.", indonesian, StringComparison.Ordinal);

        await customer.Client.GetAsync("/bahasa/en?returnUrl=/akun/profil");
        var english = await TextOfAsync(await Forms.PostAsync(customer.Client, "/akun/profil", Profile("Mars")));
        Assert.Contains("The value 'Mars' is not valid for Domicile.", english, StringComparison.Ordinal);
    }
}
