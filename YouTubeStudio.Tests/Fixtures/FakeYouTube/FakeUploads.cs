using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>
/// Google's resumable upload protocol for videos.insert and thumbnails.set: the POST (uploadType=resumable) opens a
/// session and answers its URI in Location; PUTs with <c>Content-Range: bytes a-b/N</c> answer 308 with
/// <c>Range: bytes=0-x</c> until the last byte, then 200 with the resource; <c>bytes */N</c> asks how far it got.
/// </summary>
public sealed class FakeUploads(ApiGuard guard, FakeDataApi data, TimeProvider timeProvider)
{
    private const int Granularity = 256 * 1024;
    private const long MaxThumbnailBytes = 2 * 1024 * 1024;
    private static readonly HashSet<string> InsertParts = ["contentDetails", "fileDetails", "id", "liveStreamingDetails", "localizations", "player", "processingDetails", "recordingDetails", "snippet", "statistics", "status", "suggestions", "topicDetails"];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, UploadSession> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _thumbnails = new(StringComparer.Ordinal);
    private (long AfterBytes, UploadInterruption Mode, bool Outage)? _interruption;
    private bool _outage;

    public IReadOnlyList<UploadSession> Sessions
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessions.Values];
            }
        }
    }

    /// <summary>Thumbnails set so far, by video id.</summary>
    public IReadOnlyDictionary<string, byte[]> Thumbnails
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, byte[]>(_thumbnails);
            }
        }
    }

    /// <summary>
    /// The next chunk that would take a session past <paramref name="afterBytes"/> keeps the bytes up to it and fails.
    /// With <paramref name="outage"/> every later session request fails too, until <see cref="EndOutage"/>: the client
    /// runs out of retries, as when the process dies or the network is gone for a while.
    /// </summary>
    public void InterruptAfter(long afterBytes, UploadInterruption mode = UploadInterruption.DropConnection, bool outage = false)
    {
        lock (_gate)
        {
            _interruption = (afterBytes, mode, outage);
        }
    }

    public void EndOutage()
    {
        lock (_gate)
        {
            _outage = false;
        }
    }

    public void Reset()
    {
        lock (_gate)
        {
            _sessions.Clear();
            _thumbnails.Clear();
            _interruption = null;
            _outage = false;
        }
    }

    internal void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/upload/youtube/v3/videos", (Func<HttpContext, Task<IResult>>)StartVideoAsync);
        app.MapPost("/upload/youtube/v3/thumbnails/set", StartThumbnail);
        app.MapPut("/upload/youtube/v3/videos", (Func<HttpContext, Task<IResult>>)ChunkAsync);
        app.MapPut("/upload/youtube/v3/thumbnails/set", (Func<HttpContext, Task<IResult>>)ChunkAsync);
    }

    private async Task<IResult> StartVideoAsync(HttpContext context)
    {
        if (guard.Check(context, "youtube.videos.insert", out _) is { } denied)
        {
            return denied;
        }

        var q = context.Request.Query;
        if (Unsupported(q) is { } unsupported)
        {
            return unsupported;
        }

        if (FakeDataApi.Parts(q, InsertParts, out _) is { } badPart)
        {
            return badPart;
        }

        var contentType = (string?)context.Request.Headers["X-Upload-Content-Type"];
        if (contentType is not null && !contentType.StartsWith("video/", StringComparison.Ordinal) && contentType != "application/octet-stream")
        {
            return GoogleErrorJson.BadRequest($"Media type '{contentType}' is not supported. Valid media types: [video/*, application/octet-stream]", "badContent");
        }

        JsonObject? metadata = null;
        if (context.Request.ContentLength is > 0 || context.Request.ContentType is not null)
        {
            try
            {
                metadata = (await JsonNode.ParseAsync(context.Request.Body))?.AsObject();
            }
            catch (System.Text.Json.JsonException e)
            {
                return GoogleErrorJson.BadRequest("Invalid JSON payload received. " + e.Message, "parseError");
            }
        }

        var parts = FakeDataApi.Values(q["part"]);
        if (Validate(metadata, parts) is { } invalid)
        {
            return invalid;
        }

        return Open(context, "youtube.videos.insert", metadata, null);
    }

    private IResult StartThumbnail(HttpContext context)
    {
        if (guard.Check(context, "youtube.thumbnails.set", out _) is { } denied)
        {
            return denied;
        }

        var q = context.Request.Query;
        if (Unsupported(q) is { } unsupported)
        {
            return unsupported;
        }

        var videoId = (string?)q["videoId"];
        if (string.IsNullOrEmpty(videoId))
        {
            return GoogleErrorJson.BadRequest("Required parameter: videoId", "required");
        }

        if (data.Video(videoId) is null)
        {
            return GoogleErrorJson.NotFound("The video that you are trying to update cannot be found.", "videoNotFound", "youtube.thumbnail");
        }

        var contentType = (string?)context.Request.Headers["X-Upload-Content-Type"];
        if (contentType is not null and not ("image/jpeg" or "image/png" or "application/octet-stream"))
        {
            return GoogleErrorJson.BadRequest($"Media type '{contentType}' is not supported. Valid media types: [image/jpeg, image/png, application/octet-stream]", "badContent");
        }

        if (long.TryParse(context.Request.Headers["X-Upload-Content-Length"], out var length) && length > MaxThumbnailBytes)
        {
            return GoogleErrorJson.BadRequest("The thumbnail image file is too large.", "mediaBodyTooLarge", "youtube.thumbnail");
        }

        return Open(context, "youtube.thumbnails.set", null, videoId);
    }

    private IResult Open(HttpContext context, string method, JsonObject? metadata, string? videoId)
    {
        var request = context.Request;
        var id = "AUxYs" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        var session = new UploadSession(id, method, (string?)request.Query["part"] ?? "", metadata,
            request.Headers["X-Upload-Content-Type"], long.TryParse(request.Headers["X-Upload-Content-Length"], out var n) ? n : null, videoId);
        lock (_gate)
        {
            _sessions[id] = session;
        }

        var query = string.Join('&', request.Query.Where(p => p.Key != "upload_id").Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value.ToString())}"));
        var location = $"{request.Scheme}://{request.Host}{request.Path}?{query}&upload_id={id}";
        context.Response.Headers["X-GUploader-UploadID"] = id;
        context.Response.Headers.Location = location;
        return Results.Ok();
    }

    private async Task<IResult> ChunkAsync(HttpContext context)
    {
        UploadSession? session;
        lock (_gate)
        {
            session = _sessions.GetValueOrDefault((string?)context.Request.Query["upload_id"] ?? "");
        }

        if (session is null)
        {
            return GoogleErrorJson.NotFound("Upload session not found or expired.", "notFound", "global");
        }

        var range = (string?)context.Request.Headers.ContentRange ?? "";
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();

        lock (_gate)
        {
            session.ContentRanges.Add(range);
            if (_outage)
            {
                return Fail(context, _interruption?.Mode ?? UploadInterruption.DropConnection);
            }

            if (session.Result is not null)
            {
                return new JsonResult(session.Result.DeepClone());
            }

            if (!TryParseRange(range, out var first, out var last, out var total))
            {
                return GoogleErrorJson.BadRequest($"Failed to parse Content-Range header: '{range}'.", "badRequest");
            }

            total ??= session.DeclaredLength;
            if (first is null)
            {
                // "bytes */N": a status query, as a client sends it to resume.
                return session.Received == total ? Complete(context, session) : Incomplete(session);
            }

            if (body.Length != last - first + 1)
            {
                return GoogleErrorJson.BadRequest($"Content-Range '{range}' does not match the {body.Length} bytes sent.", "badRequest");
            }

            if (first > session.Received || last < session.Received)
            {
                // A gap, or bytes we already have: tell the client what we really hold so it sends from there.
                return Incomplete(session);
            }

            var isLast = total is not null && last + 1 >= total;
            if (!isLast && body.Length % Granularity != 0)
            {
                return GoogleErrorJson.BadRequest(
                    $"Invalid request. The number of bytes uploaded is required to be equal or greater than {Granularity}, except for the final request (it's recommended to be the exact multiple of {Granularity}).",
                    "badRequest");
            }

            var fresh = body.AsSpan((int)(session.Received - first.Value));
            if (_interruption is { } cut && session.Received + fresh.Length > cut.AfterBytes)
            {
                _interruption = null;
                _outage = cut.Outage;
                session.Append(fresh[..(int)Math.Max(0, cut.AfterBytes - session.Received)]);
                return Fail(context, cut.Mode);
            }

            session.Append(fresh);
            return session.Received == total ? Complete(context, session) : Incomplete(session);
        }
    }

    private static IResult Fail(HttpContext context, UploadInterruption mode)
    {
        if (mode == UploadInterruption.ServiceUnavailable)
        {
            return GoogleErrorJson.Unavailable();
        }

        context.Abort();
        return Results.Empty;
    }

    private static IResult Incomplete(UploadSession session)
    {
        session.IncompleteAnswers++;
        var headers = session.Received > 0 ? new[] { new KeyValuePair<string, string>("Range", $"bytes=0-{session.Received - 1}") } : [];
        return new StatusWithHeaders(308, headers);
    }

    private IResult Complete(HttpContext context, UploadSession session)
    {
        if (session.Method == "youtube.thumbnails.set" && !IsImage(session.Content))
        {
            // Google decodes the image once it has all of it.
            return GoogleErrorJson.BadRequest("The provided image content is invalid.", "invalidImage", "youtube.thumbnail");
        }

        session.Result = session.Method == "youtube.thumbnails.set" ? CompleteThumbnail(context, session) : CompleteVideo(session);
        return new JsonResult(session.Result.DeepClone());
    }

    private JsonObject CompleteThumbnail(HttpContext context, UploadSession session)
    {
        _thumbnails[session.VideoId!] = session.Content;
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}/vi/{session.VideoId}";
        return new JsonObject
        {
            ["kind"] = "youtube#thumbnailSetResponse",
            ["etag"] = FakeDataApi.Etag(session.Id),
            ["items"] = new JsonArray(new JsonObject
            {
                ["default"] = new JsonObject { ["url"] = baseUrl + "/default.jpg", ["width"] = 120, ["height"] = 90 },
                ["medium"] = new JsonObject { ["url"] = baseUrl + "/mqdefault.jpg", ["width"] = 320, ["height"] = 180 },
                ["high"] = new JsonObject { ["url"] = baseUrl + "/hqdefault.jpg", ["width"] = 480, ["height"] = 360 },
            }),
        };
    }

    /// <summary>The recorded insert response, with our id and only the body parts that <c>part</c> names applied.</summary>
    private JsonObject CompleteVideo(UploadSession session)
    {
        var parts = FakeDataApi.Values(session.Part);
        var video = SampleData.LoadObject("sample_responses/python-youtube_apidata/videos/insert_response.json");
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(8)).Replace('+', '-').Replace('/', '_')[..11];
        var now = timeProvider.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        video["id"] = id;
        video["etag"] = FakeDataApi.Etag(id);
        video.Remove("player");

        var snippet = video["snippet"]!.AsObject();
        snippet["publishedAt"] = now;
        snippet["channelId"] = data.ChannelId;
        snippet["title"] = "unknown";
        snippet["description"] = "";
        snippet.Remove("tags");
        snippet.Remove("defaultLanguage");
        snippet["categoryId"] = "22";
        snippet["thumbnails"] = new JsonObject { ["default"] = new JsonObject { ["url"] = $"https://i.ytimg.com/vi/{id}/default.jpg", ["width"] = 120, ["height"] = 90 } };
        var sentSnippet = parts.Contains("snippet") ? session.Metadata?["snippet"]?.AsObject() : null;
        foreach (var field in new[] { "title", "description", "tags", "categoryId", "defaultLanguage" })
        {
            if (sentSnippet?[field] is { } value)
            {
                snippet[field] = value.DeepClone();
            }
        }

        snippet["localized"] = new JsonObject { ["title"] = snippet["title"]?.DeepClone(), ["description"] = snippet["description"]?.DeepClone() };

        var sentStatus = parts.Contains("status") ? session.Metadata?["status"]?.AsObject() : null;
        var status = new JsonObject
        {
            ["uploadStatus"] = "uploaded",
            ["privacyStatus"] = sentStatus?["privacyStatus"]?.DeepClone() ?? "public",
            ["license"] = "youtube",
            ["embeddable"] = true,
            ["publicStatsViewable"] = true,
            ["madeForKids"] = sentStatus?["selfDeclaredMadeForKids"]?.DeepClone() ?? false,
        };
        foreach (var field in new[] { "publishAt", "selfDeclaredMadeForKids", "containsSyntheticMedia" })
        {
            if (sentStatus?[field] is { } value)
            {
                status[field] = value.DeepClone();
            }
        }

        video["status"] = status;
        video["contentDetails"] = new JsonObject { ["duration"] = "P0D", ["dimension"] = "2d", ["definition"] = "sd", ["caption"] = "false", ["licensedContent"] = false, ["projection"] = "rectangular" };
        video["statistics"] = new JsonObject { ["viewCount"] = "0", ["likeCount"] = "0", ["favoriteCount"] = "0", ["commentCount"] = "0" };
        data.AddVideo(video.DeepClone().AsObject(), appendToUploads: true, newestFirst: true);
        return FakeDataApi.Project(video, parts);
    }

    /// <summary>What Google checks in the metadata before it opens a session.</summary>
    private IResult? Validate(JsonObject? metadata, List<string> parts)
    {
        if (parts.Contains("snippet"))
        {
            var title = (string?)metadata?["snippet"]?["title"];
            if (string.IsNullOrWhiteSpace(title) || title.Length > 100 || title.Contains('<') || title.Contains('>'))
            {
                return GoogleErrorJson.BadRequest("The request metadata specifies an invalid video title.", "invalidTitle", "youtube.video");
            }
        }

        if (parts.Contains("status") && (string?)metadata?["status"]?["publishAt"] is { } publishAt)
        {
            var privacy = (string?)metadata["status"]?["privacyStatus"];
            if (privacy != "private"
                || !DateTimeOffset.TryParse(publishAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
                || when <= timeProvider.GetUtcNow())
            {
                return GoogleErrorJson.BadRequest("The request metadata specifies an invalid scheduled publishing time.", "invalidPublishAt", "youtube.video");
            }
        }

        return null;
    }

    private static bool IsImage(byte[] bytes) =>
        bytes.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) // PNG
        || bytes.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]); // JPEG

    private static IResult? Unsupported(IQueryCollection q) =>
        (string?)q["uploadType"] == "resumable"
            ? null
            : GoogleErrorJson.BadRequest("The fake only speaks uploadType=resumable, as Google.Apis uploads do.", "badRequest");

    private static bool TryParseRange(string header, out long? first, out long? last, out long? total)
    {
        first = last = total = null;
        if (!header.StartsWith("bytes ", StringComparison.Ordinal))
        {
            return false;
        }

        var spec = header["bytes ".Length..].Split('/');
        if (spec.Length != 2)
        {
            return false;
        }

        if (spec[1] != "*")
        {
            if (!long.TryParse(spec[1], out var t))
            {
                return false;
            }

            total = t;
        }

        if (spec[0] == "*")
        {
            return true;
        }

        var bounds = spec[0].Split('-');
        if (bounds.Length != 2 || !long.TryParse(bounds[0], out var f) || !long.TryParse(bounds[1], out var l) || l < f)
        {
            return false;
        }

        (first, last) = (f, l);
        return true;
    }

    private sealed class StatusWithHeaders(int statusCode, IEnumerable<KeyValuePair<string, string>> headers) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            foreach (var (name, value) in headers)
            {
                httpContext.Response.Headers[name] = value;
            }

            httpContext.Response.ContentLength = 0;
            return Task.CompletedTask;
        }
    }

}
