using Microsoft.Extensions.DependencyInjection;
using YouTubeStudio.Core.Insights;

namespace YouTubeStudio.Tests.Insights;

public class InsightsServiceCollectionExtensionsTests
{
    [Fact]
    public void AddInsights_RegistersTheForecasterAndTheScorer()
    {
        using var provider = new ServiceCollection().AddInsights().BuildServiceProvider(validateScopes: true);

        Assert.IsType<TrendForecaster>(provider.GetRequiredService<ITrendForecaster>());
        Assert.IsType<ContentScorer>(provider.GetRequiredService<IContentScorer>());
    }
}
