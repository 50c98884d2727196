using Google.Apis.Util;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>Lets Google.Apis judge token expiry on our <see cref="TimeProvider"/>, so tests can move time.</summary>
internal sealed class TimeProviderClock(TimeProvider timeProvider) : IClock
{
    public DateTime Now => timeProvider.GetLocalNow().DateTime;

    public DateTime UtcNow => timeProvider.GetUtcNow().UtcDateTime;
}
