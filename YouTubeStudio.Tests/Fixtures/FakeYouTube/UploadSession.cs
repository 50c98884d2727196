using System.Text.Json.Nodes;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>A resumable upload session as the fake saw it: what was announced, sent and answered.</summary>
public sealed class UploadSession(string id, string method, string part, JsonObject? metadata, string? contentType, long? declaredLength, string? videoId)
{
    private readonly MemoryStream _bytes = new();

    public string Id { get; } = id;

    /// <summary><c>youtube.videos.insert</c> or <c>youtube.thumbnails.set</c>.</summary>
    public string Method { get; } = method;

    /// <summary>The <c>part</c> query of the initiating POST, as received.</summary>
    public string Part { get; } = part;

    /// <summary>The JSON body of the initiating POST (the video resource), or null for media-only uploads.</summary>
    public JsonObject? Metadata { get; } = metadata;

    /// <summary><c>X-Upload-Content-Type</c>.</summary>
    public string? ContentType { get; } = contentType;

    /// <summary><c>X-Upload-Content-Length</c>.</summary>
    public long? DeclaredLength { get; } = declaredLength;

    /// <summary>The target video of thumbnails.set.</summary>
    public string? VideoId { get; } = videoId;

    /// <summary>Every Content-Range header of the session's PUTs, in order (<c>bytes */N</c> are status queries).</summary>
    public List<string> ContentRanges { get; } = [];

    /// <summary>How many 308 Resume Incomplete answers were given.</summary>
    public int IncompleteAnswers { get; internal set; }

    public long Received => _bytes.Length;

    public byte[] Content => _bytes.ToArray();

    /// <summary>The final answer (video resource or thumbnailSetResponse) once every byte arrived.</summary>
    public JsonObject? Result { get; internal set; }

    internal void Append(ReadOnlySpan<byte> bytes) => _bytes.Write(bytes);
}
