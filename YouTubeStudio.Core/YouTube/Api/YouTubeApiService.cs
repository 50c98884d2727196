using Google.Apis.Http;
using Google.Apis.Services;
using Google.Apis.Util;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>
/// One Google API endpoint (Data API, Analytics API or the upload host) on Google.Apis' <see cref="BaseClientService"/>:
/// the credential signs and refreshes, and the back-off handler retries 5xx answers and dropped connections.
/// </summary>
internal sealed class YouTubeApiService : BaseClientService
{
    private readonly string _name;
    private readonly string _baseUri;

    private YouTubeApiService(Initializer initializer, string name, string baseUri) : base(initializer)
    {
        _name = name;
        _baseUri = baseUri;
    }

    public override string Name => _name;

    public override string BaseUri => _baseUri;

    public override string BasePath => "";

    public override IList<string> Features => [];

    public static YouTubeApiService Create(string name, string baseUri, IConfigurableHttpClientInitializer credential, YouTubeOptions options) =>
        new(new Initializer
        {
            HttpClientInitializer = new RetryingInitializer(credential, options),
            ApplicationName = options.ApplicationName,
            // Test servers read request bodies; Google accepts plain bodies as well.
            GZipEnabled = false,
            // The back-off handler itself comes from RetryingInitializer (configurable delays, every 5xx).
            DefaultExponentialBackOffPolicy = ExponentialBackOffPolicy.None,
            BaseUri = baseUri,
        }, name, baseUri);

    /// <summary>
    /// Adds the credential, then a back-off handler for every 5xx (Google.Apis' default only retries 503) and for
    /// network errors, and enough tries for the retries plus one 401 refresh.
    /// </summary>
    private sealed class RetryingInitializer(IConfigurableHttpClientInitializer credential, YouTubeOptions options)
        : IConfigurableHttpClientInitializer
    {
        public void Initialize(ConfigurableHttpClient httpClient)
        {
            credential.Initialize(httpClient);
            var backOff = new ScaledBackOff(new ExponentialBackOff(TimeSpan.FromMilliseconds(250), options.MaxRetries), options.RetryInitialDelay);
            var handler = new BackOffHandler(new BackOffHandler.Initializer(backOff)
            {
                HandleUnsuccessfulResponseFunc = response => (int)response.StatusCode >= 500,
                MaxTimeSpan = TimeSpan.FromMinutes(2),
            });
            httpClient.MessageHandler.AddUnsuccessfulResponseHandler(handler);
            httpClient.MessageHandler.AddExceptionHandler(handler);
            httpClient.MessageHandler.NumTries = options.MaxRetries + 2;
        }
    }

    /// <summary>
    /// Google's <see cref="ExponentialBackOff"/> always starts at one second (1 s, 2 s, 4 s... plus jitter);
    /// this scales that series so the first wait is <c>YouTube:RetryInitialDelay</c>.
    /// </summary>
    private sealed class ScaledBackOff(ExponentialBackOff inner, TimeSpan initialDelay) : IBackOff
    {
        public int MaxNumOfRetries => inner.MaxNumOfRetries;

        public TimeSpan GetNextBackOff(int currentRetry)
        {
            var wait = inner.GetNextBackOff(currentRetry);
            return wait == TimeSpan.MinValue ? wait : TimeSpan.FromTicks((long)(Math.Max(0, wait.Ticks) * initialDelay.TotalSeconds));
        }
    }
}
