using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Tests;

public sealed class ThemeTests
{
    [Fact]
    public void Tenant_colour_becomes_the_primary_colour_and_is_lightened_for_dark_mode()
    {
        var theme = RusToKTheme.For(new TenantTheme("#AA3300", null));
        (theme.PaletteLight.Primary.R, theme.PaletteLight.Primary.G, theme.PaletteLight.Primary.B).ShouldBe(((byte)0xAA, (byte)0x33, (byte)0x00));
        theme.PaletteDark.Primary.R.ShouldBeGreaterThan(theme.PaletteLight.Primary.R);
    }

    [Fact]
    public void Without_a_tenant_the_default_look_applies() =>
        RusToKTheme.For(null).PaletteLight.Primary.ShouldBe(new MudBlazor.Utilities.MudColor(TenantTheme.Default.PrimaryColor));
}
