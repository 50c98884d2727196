using System.Net;

namespace YouTubeStudio.Core.YouTube;

/// <summary>Google refused a request (4xx): <see cref="Reason"/> is the first <c>errors[].reason</c> of its error JSON.</summary>
public class YouTubeApiException(string message, HttpStatusCode? statusCode, string? reason, Exception? innerException = null)
    : YouTubeException(message, innerException)
{
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>e.g. <c>insufficientPermissions</c>, <c>forbidden</c>, <c>videoNotFound</c>, <c>invalidPublishAt</c>.</summary>
    public string? Reason { get; } = reason;
}
