using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace YouTubeStudio.Tests.Fixtures.FakeYouTube;

/// <summary>A JSON body written as Google writes it (application/json; charset=UTF-8), with optional extra headers.</summary>
public sealed class JsonResult(JsonNode body, int statusCode = 200, IEnumerable<KeyValuePair<string, string>>? headers = null) : IResult
{
    public JsonNode Body { get; } = body;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        foreach (var (name, value) in headers ?? [])
        {
            httpContext.Response.Headers.Append(name, value);
        }

        httpContext.Response.ContentType = "application/json; charset=UTF-8";
        var bytes = Encoding.UTF8.GetBytes(Body.ToJsonString());
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes);
    }
}
