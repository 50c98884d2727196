using System.Net;
using Google;
using Google.Apis.Auth.OAuth2.Responses;

namespace YouTubeStudio.Core.YouTube.Api;

/// <summary>Turns what Google.Apis throws into the YouTube layer's exceptions.</summary>
internal static class GoogleErrors
{
    private static readonly HashSet<string> QuotaReasons = new(StringComparer.Ordinal) { "quotaExceeded", "dailyLimitExceeded" };

    public static bool IsQuota(Exception e) => e is GoogleApiException g && QuotaReasons.Contains(Reason(g) ?? "");

    public static string? Reason(GoogleApiException e) => e.Error?.Errors?.FirstOrDefault()?.Reason;

    /// <summary>Maps everything except quota errors (which need the ledger) and cancellation.</summary>
    public static YouTubeException Map(string operation, Exception e)
    {
        if (Find<TokenResponseException>(e) is { } token)
        {
            return (int?)token.StatusCode >= 500
                ? new YouTubeTransientException($"{operation}: Google's token endpoint failed ({(int?)token.StatusCode}).", token)
                : YouTubeOAuthService.AuthFailure($"{operation}: the channel's token could not be refreshed", token);
        }

        if (e is GoogleApiException g)
        {
            var status = g.HttpStatusCode;
            var reason = Reason(g);
            var message = $"{operation} failed: {(int)status} {reason} {g.Error?.Message ?? g.Message}".TrimEnd();
            if (status == HttpStatusCode.Unauthorized)
            {
                // UserCredential already refreshed and retried once: the grant itself is no longer good.
                return new YouTubeAuthException(message, needsReconnect: true, reason ?? "unauthorized", g);
            }

            return (int)status >= 500 || reason is "rateLimitExceeded" or "userRateLimitExceeded" or "backendError"
                ? new YouTubeTransientException(message, g)
                : new YouTubeApiException(message, status, reason, g);
        }

        return new YouTubeTransientException($"{operation} failed: {e.Message}", e);
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
    }
}
