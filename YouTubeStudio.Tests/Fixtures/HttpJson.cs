using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace YouTubeStudio.Tests.Fixtures;

/// <summary>JSON in and out of the API with its snake_case options, and the RFC 7807 checks every error test makes.</summary>
public static class HttpJson
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, StudioAppFactory.Json);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, StudioAppFactory.Json);

    /// <summary>The body as a JSON element, so tests see the wire names exactly.</summary>
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(StudioAppFactory.Json)
        ?? throw new InvalidOperationException("The response body was empty.");

    /// <summary>Asserts an RFC 7807 answer: the status, <c>application/problem+json</c>, and a body with status and title.</summary>
    public static async Task<JsonElement> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(text);
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>Asserts a 400 validation problem whose <c>errors</c> has the given field key; returns that field's messages.</summary>
    public static async Task<string[]> AssertValidationErrorAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages),
            $"Expected an error keyed '{field}' but got: {errors.GetRawText()}");
        var list = messages.EnumerateArray().Select(m => m.GetString() ?? "").ToArray();
        Assert.NotEmpty(list);
        Assert.All(list, m => Assert.False(string.IsNullOrWhiteSpace(m)));
        return list;
    }
}
