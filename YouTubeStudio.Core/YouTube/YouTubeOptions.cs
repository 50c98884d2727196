using System.ComponentModel.DataAnnotations;

namespace YouTubeStudio.Core.YouTube;

/// <summary>The <c>YouTube</c> configuration section: the Google OAuth client, endpoints, quota and upload settings.</summary>
public sealed class YouTubeOptions : IValidatableObject
{
    public const string SectionName = "YouTube";

    /// <summary>Google's resumable uploads accept chunks in multiples of 256 KiB only.</summary>
    public const int ChunkGranularity = 256 * 1024;

    /// <summary>The scopes asked for on the consent screen (see <see cref="YouTubeScopes"/>).</summary>
    public static IReadOnlyList<string> Scopes => YouTubeScopes.All;

    /// <summary><c>YouTube:ClientId</c>: the OAuth client of the Google Cloud project. Empty means "not configured".</summary>
    public string ClientId { get; set; } = "";

    /// <summary><c>YouTube:ClientSecret</c>: the OAuth client secret.</summary>
    public string ClientSecret { get; set; } = "";

    [Required(ErrorMessage = "YouTube:AuthUri is required.")]
    public string AuthUri { get; set; } = "https://accounts.google.com/o/oauth2/v2/auth";

    [Required(ErrorMessage = "YouTube:TokenUri is required.")]
    public string TokenUri { get; set; } = "https://oauth2.googleapis.com/token";

    [Required(ErrorMessage = "YouTube:RevokeUri is required.")]
    public string RevokeUri { get; set; } = "https://oauth2.googleapis.com/revoke";

    [Required(ErrorMessage = "YouTube:DataApiBaseUri is required.")]
    public string DataApiBaseUri { get; set; } = "https://www.googleapis.com/youtube/v3/";

    [Required(ErrorMessage = "YouTube:AnalyticsApiBaseUri is required.")]
    public string AnalyticsApiBaseUri { get; set; } = "https://youtubeanalytics.googleapis.com/v2/";

    /// <summary><c>YouTube:UploadBaseUri</c>: media uploads go to <c>upload/youtube/v3/...</c> under it.</summary>
    [Required(ErrorMessage = "YouTube:UploadBaseUri is required.")]
    public string UploadBaseUri { get; set; } = "https://www.googleapis.com/";

    /// <summary><c>YouTube:DailyQuotaUnits</c>: the Data API quota of the Google project per Pacific day.</summary>
    [Range(0, int.MaxValue, ErrorMessage = "YouTube:DailyQuotaUnits must be zero or more.")]
    public int DailyQuotaUnits { get; set; } = 10_000;

    /// <summary><c>YouTube:ListCost</c>: units per channels/videos/playlistItems.list call.</summary>
    [Range(0, 100_000, ErrorMessage = "YouTube:ListCost must be between 0 and 100000.")]
    public int ListCost { get; set; } = 1;

    /// <summary><c>YouTube:VideoInsertCost</c>: units per videos.insert.</summary>
    [Range(0, 100_000, ErrorMessage = "YouTube:VideoInsertCost must be between 0 and 100000.")]
    public int VideoInsertCost { get; set; } = 1600;

    /// <summary><c>YouTube:ThumbnailSetCost</c>: units per thumbnails.set.</summary>
    [Range(0, 100_000, ErrorMessage = "YouTube:ThumbnailSetCost must be between 0 and 100000.")]
    public int ThumbnailSetCost { get; set; } = 50;

    /// <summary>
    /// <c>YouTube:AnalyticsQueryCost</c>: the Analytics API has its own quota, separate from the Data API's
    /// 10,000 units, so reports cost nothing against it by default.
    /// </summary>
    [Range(0, 100_000, ErrorMessage = "YouTube:AnalyticsQueryCost must be between 0 and 100000.")]
    public int AnalyticsQueryCost { get; set; }

    /// <summary><c>YouTube:UploadChunkSize</c>: bytes per resumable upload request; a multiple of 256 KiB.</summary>
    public int UploadChunkSize { get; set; } = 40 * ChunkGranularity;

    /// <summary><c>YouTube:PageSize</c>: maxResults for paged list calls (Google allows 1-50).</summary>
    [Range(1, 50, ErrorMessage = "YouTube:PageSize must be between 1 and 50.")]
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// <c>YouTube:RetryInitialDelay</c>: first back-off wait after a 5xx or dropped connection; it doubles on each
    /// retry, with jitter (Google.Apis' <c>ExponentialBackOff</c>, which starts at 1 second).
    /// </summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary><c>YouTube:MaxRetries</c>: retries of a failed request (5xx, dropped connection).</summary>
    [Range(0, 10, ErrorMessage = "YouTube:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 3;

    /// <summary><c>YouTube:ApplicationName</c>: sent in the User-Agent header.</summary>
    public string ApplicationName { get; set; } = "YouTubeStudio";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (key, value) in new[]
                 {
                     (nameof(AuthUri), AuthUri), (nameof(TokenUri), TokenUri), (nameof(RevokeUri), RevokeUri),
                     (nameof(DataApiBaseUri), DataApiBaseUri), (nameof(AnalyticsApiBaseUri), AnalyticsApiBaseUri),
                     (nameof(UploadBaseUri), UploadBaseUri),
                 })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                yield return new ValidationResult($"YouTube:{key} must be an absolute http(s) URI, got '{value}'.", [key]);
            }
            else if (key.EndsWith("BaseUri", StringComparison.Ordinal) && !uri.AbsolutePath.EndsWith('/'))
            {
                // Relative paths are resolved against the base; without the slash its last segment would be dropped.
                yield return new ValidationResult($"YouTube:{key} must end with '/', got '{value}'.", [key]);
            }
        }

        if (UploadChunkSize < ChunkGranularity || UploadChunkSize % ChunkGranularity != 0)
        {
            yield return new ValidationResult(
                $"YouTube:UploadChunkSize must be a positive multiple of {ChunkGranularity} bytes (256 KiB), got {UploadChunkSize}.",
                [nameof(UploadChunkSize)]);
        }

        if (RetryInitialDelay < TimeSpan.Zero || RetryInitialDelay > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult("YouTube:RetryInitialDelay must be between 0 and 1 minute.", [nameof(RetryInitialDelay)]);
        }
    }
}
