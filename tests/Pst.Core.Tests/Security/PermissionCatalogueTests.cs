using Pst.Core.Kernel;
using Pst.Core.Modules;
using Pst.Core.Security;

namespace Pst.Core.Tests.Security;

public sealed class PermissionCatalogueTests
{
    private sealed class Declaring(string id, params Permission[] permissions) : IModule
    {
        public ModuleManifest Manifest { get; } = new(id, id, "Test", "Test");

        public IEnumerable<Permission> Permissions => permissions;
    }

    [Fact]
    public void Knows_each_permission_with_its_module_and_whether_it_is_a_staff_permission()
    {
        var catalogue = new PermissionCatalogue(ModuleGraph.Build([new Declaring("Orders", new Permission("orders.place", "Place orders"), new Permission("orders.review", "Review orders", IsStaff: true))]));

        Assert.Equal("Orders", catalogue.ModuleOf("orders.review")!.Manifest.Id);
        Assert.Null(catalogue.Find("orders.delete"));
        Assert.False(catalogue.AnyStaff(["orders.place", "unknown"]));
        Assert.True(catalogue.AnyStaff(["orders.place", "orders.review"]));
    }

    [Fact]
    public void Two_modules_declaring_the_same_permission_stop_start_up_with_both_names()
    {
        var error = Assert.Throws<ModuleGraphException>(() => new PermissionCatalogue(ModuleGraph.Build(
            [new Declaring("Orders", new Permission("orders.place", "Place orders")), new Declaring("WalkIn", new Permission("orders.place", "Place orders at the desk"))])));

        Assert.Contains("'orders.place'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Orders'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'WalkIn'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3374010101010001", "••••••••••••0001")]
    [InlineData(" A1234567 ", "••••4567")]
    [InlineData("123", "•••")]
    [InlineData(null, "")]
    public void Identity_numbers_show_only_their_last_four_characters(string? number, string masked) =>
        Assert.Equal(masked, IdentityNumberMask.Mask(number));
}
