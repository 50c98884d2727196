namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>An error the fake answers instead of the real thing (see <see cref="FakeYouTubeServer.FailNext"/>).</summary>
public enum FakeFault
{
    /// <summary>401 authError, as for an access token that just expired.</summary>
    Unauthorized,

    /// <summary>403 quotaExceeded (domain youtube.quota).</summary>
    QuotaExceeded,

    /// <summary>500 backendError.</summary>
    ServerError,

    /// <summary>503 backendError.</summary>
    ServiceUnavailable,
}
