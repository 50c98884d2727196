using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Analytics;
using YouTubeStudio.Core.Data;
using YouTubeStudio.Tests.Fixtures;

namespace YouTubeStudio.Tests.Analytics;

public sealed class DemoDataStartupTests
{
    [Fact]
    public async Task LoadOnStart_CreatesTheDemoChannelWhenTheAppStarts()
    {
        using var app = new StudioAppFactory { Settings = { ["Analytics:Demo:LoadOnStart"] = "true" } };
        using var _ = app.CreateClient();

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var demo = await db.Channels.SingleAsync();
        Assert.True(demo.IsDemo);
        Assert.Equal(IDemoDataService.DemoChannelName, demo.Name);
        Assert.Equal(365, await db.ChannelAnalytics.CountAsync());
    }
}
