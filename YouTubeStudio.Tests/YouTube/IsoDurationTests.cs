using YouTubeStudio.Core.YouTube.Api;

namespace YouTubeStudio.Tests.YouTube;

public sealed class IsoDurationTests
{
    [Theory]
    [InlineData("PT21M7S", 1267)]
    [InlineData("PT45S", 45)]
    [InlineData("PT1H", 3600)]
    [InlineData("PT1H2M3S", 3723)]
    [InlineData("P1DT2H", 93600)]
    [InlineData("P1W", 604800)]
    [InlineData("P0D", 0)]
    [InlineData("PT0S", 0)]
    [InlineData("PT1.9S", 1)]
    [InlineData(null, 0)]
    public void ToSeconds_ReadsYouTubeDurations(string? value, int seconds) => Assert.Equal(seconds, IsoDuration.ToSeconds(value));

    [Theory]
    [InlineData("21:07")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("PT5X")]
    public void ToSeconds_RejectsWhatIsNotADuration(string value) => Assert.Throws<FormatException>(() => IsoDuration.ToSeconds(value));
}
