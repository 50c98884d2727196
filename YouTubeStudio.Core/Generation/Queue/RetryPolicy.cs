namespace YouTubeStudio.Core.Generation.Queue;

/// <summary>Exponential backoff: base, 2×base, 4×base... capped.</summary>
public static class RetryPolicy
{
    public static TimeSpan Delay(int attempt, double baseSeconds, double maxSeconds)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        return TimeSpan.FromSeconds(Math.Min(baseSeconds * Math.Pow(2, exponent), maxSeconds));
    }
}
