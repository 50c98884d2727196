using Microsoft.AspNetCore.Http.HttpResults;
using YouTubeStudio.Core.Common;

namespace YouTubeStudio.Web.Api;

/// <summary>Turns domain results into RFC 7807 answers.</summary>
public static class ApiResults
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: 404, title: "Not found", detail: detail);

    public static ValidationProblem Invalid<T>(Result<T> result) =>
        TypedResults.ValidationProblem(result.Errors, detail: result.Message);

    /// <summary>A not-found or conflict result as a problem (validation failures go through <see cref="Invalid{T}"/>).</summary>
    public static ProblemHttpResult Problem<T>(Result<T> result) => result.Status switch
    {
        ResultStatus.NotFound => NotFound(result.Message ?? "Not found."),
        ResultStatus.Conflict => TypedResults.Problem(statusCode: 409, title: "Conflict", detail: result.Message,
            extensions: result.Errors.Count > 0 ? new Dictionary<string, object?> { ["errors"] = result.Errors } : null),
        ResultStatus.Invalid => TypedResults.Problem(statusCode: 400, title: "Invalid", detail: result.Message,
            extensions: new Dictionary<string, object?> { ["errors"] = result.Errors }),
        _ => TypedResults.Problem(statusCode: 500, detail: result.Message),
    };
}
