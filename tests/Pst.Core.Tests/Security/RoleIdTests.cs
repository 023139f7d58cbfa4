using Pst.Core.Security;

namespace Pst.Core.Tests.Security;

public sealed class RoleIdTests
{
    [Theory]
    [InlineData("Petugas Gudang Data", "PetugasGudangData")]
    [InlineData("  tim  survei-2026 ", "TimSurvei2026")]
    [InlineData("Pengolah Data Ékonomi", "PengolahDataEkonomi")]
    [InlineData("2026 Tim Khusus", "TimKhusus")]
    [InlineData("Supervisor", "Supervisor")]
    public void A_role_named_in_words_gets_an_id_of_letters_and_digits_starting_with_a_letter(string name, string id) =>
        Assert.Equal(id, RoleId.From(name));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("!!! 123")]
    public void A_name_without_letters_gives_no_id(string name) => Assert.Null(RoleId.From(name));

    [Fact]
    public void An_id_is_at_most_50_characters() => Assert.Equal(50, RoleId.From(string.Join(' ', Enumerable.Repeat("Pengolah", 10)))!.Length);
}
