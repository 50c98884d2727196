using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Extensions;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Web.Components.Layout;

namespace YouTubeStudio.Tests.Components;

public sealed class MainLayoutTests : MudTestContext
{
    private IRenderedComponent<MainLayout> RenderLayout() =>
        Render<MainLayout>(p => p.Add(l => l.Body, (RenderFragment)(b => b.AddMarkupContent(0, "<p id=\"page-body\">page</p>"))));

    [Fact]
    public void NavMenu_ForAnAdmin_LinksEveryAreaIncludingUsers()
    {
        var cut = RenderLayout();

        var hrefs = cut.FindAll("nav a, .mud-navmenu a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/", "/channels", "/queue", "/videos", "/costs", "/analytics", "/insights", "/settings", "/users", "/audit", "/settings/backup"], hrefs.Distinct());
        Assert.NotNull(cut.Find("#page-body"));
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Viewer)]
    public void NavMenu_ForOtherRoles_HidesUsers(string role)
    {
        SignInAs(role);

        var cut = RenderLayout();

        var hrefs = cut.FindAll(".mud-navmenu a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/videos", hrefs);
        Assert.DoesNotContain("/users", hrefs);
        Assert.DoesNotContain("/audit", hrefs);
        Assert.DoesNotContain("/settings/backup", hrefs);
    }

    [Fact]
    public void DarkModeToggle_FlipsTheTheme()
    {
        var cut = RenderLayout();
        var theme = cut.FindComponent<MudThemeProvider>();
        Assert.False(theme.Instance.GetState(x => x.IsDarkMode));

        cut.Find("[data-testid=dark-mode-toggle]").Click();

        Assert.True(cut.FindComponent<MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));
        Assert.Equal("Toggle dark mode", cut.Find("[data-testid=dark-mode-toggle]").GetAttribute("aria-label"));

        cut.Find("[data-testid=dark-mode-toggle]").Click();

        Assert.False(cut.FindComponent<MudThemeProvider>().Instance.GetState(x => x.IsDarkMode));
    }

    [Fact]
    public void AppBar_ShowsTheSignedInUser()
    {
        var cut = RenderLayout();

        Assert.Contains("admin@example.com", cut.Find(".studio-user-chip").TextContent);
    }
}
