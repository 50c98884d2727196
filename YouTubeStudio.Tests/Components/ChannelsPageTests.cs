using Bunit;
using YouTubeStudio.Core.Identity;
using YouTubeStudio.Tests.Fixtures;
using YouTubeStudio.Web.Components.Pages.Channels;

namespace YouTubeStudio.Tests.Components;

public sealed class ChannelsPageTests : MudTestContext
{
    public ChannelsPageTests() => UseStudioServices();

    [Fact]
    public void NoChannels_ShowsTheEmptyStateWithACreateButton()
    {
        var cut = Render<ChannelsPage>();

        cut.WaitForAssertion(() => Assert.Contains("No channels yet", cut.Find("[data-testid=empty-state]").TextContent));
        Assert.Contains("Create your first channel", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=channels-table]"));
    }

    [Fact]
    public async Task Channels_AreRowsReadFromTheDatabase()
    {
        await this.ChannelAsync("Tech Daily", alert: 1.25m, cap: 2.00m);
        await this.ChannelAsync("Kitchen Science");

        var cut = Render<ChannelsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=channels-table] tbody tr").Count));
        var text = cut.Find("[data-testid=channels-table]").TextContent;
        Assert.Contains("Tech Daily", text);
        Assert.Contains("Kitchen Science", text);
        Assert.Contains("alert 1.25 · cap 2.00 USD", text);
        Assert.Equal(2, cut.FindAll("[data-testid=edit-channel]").Count);
        Assert.NotNull(cut.Find("[data-testid=add-channel]"));
    }

    [Fact]
    public async Task Viewer_SeesNoNewEditOrDeleteButtons()
    {
        await this.ChannelAsync("Tech Daily");
        SignInAs(Roles.Viewer);

        var cut = Render<ChannelsPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=channels-table] tbody tr")));
        Assert.Empty(cut.FindAll("[data-testid=add-channel]"));
        Assert.Empty(cut.FindAll("[data-testid=edit-channel]"));
        Assert.Empty(cut.FindAll("[data-testid=delete-channel]"));
        Assert.DoesNotContain("Actions", cut.Find("[data-testid=channels-table] thead").TextContent);
    }

    private static AngleSharp.Dom.IElement SearchBox(IRenderedComponent<ChannelsPage> cut) =>
        cut.Find("input[data-testid=channel-search], [data-testid=channel-search] input");

    [Fact]
    public async Task Search_FiltersTheRows()
    {
        await this.ChannelAsync("Tech Daily");
        await this.ChannelAsync("Kitchen Science");
        await this.ChannelAsync("Garden Tech");
        var cut = Render<ChannelsPage>();
        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=channels-table] tbody tr").Count));

        SearchBox(cut).Input("tech");

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=channels-table] tbody tr").Select(r => r.TextContent).ToList();
            Assert.Equal(2, rows.Count);
            Assert.All(rows, r => Assert.Contains("Tech", r));
        });

        SearchBox(cut).Input("nothing like it");

        cut.WaitForAssertion(() => Assert.Contains("No channel matches", cut.Find("[data-testid=channels-table]").TextContent));
    }
}
