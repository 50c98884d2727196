namespace YouTubeStudio.Core.Common;

/// <summary>
/// The outcome of a domain operation that can fail for a reason a person should read:
/// field errors (keyed by the snake_case field name of the API), not found, or a conflict.
/// </summary>
public sealed record Result<T>(ResultStatus Status, T? Value, IReadOnlyDictionary<string, string[]> Errors, string? Message)
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public bool IsOk => Status == ResultStatus.Ok;

    public static Result<T> Ok(T value) => new(ResultStatus.Ok, value, NoErrors, null);
    public static Result<T> Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ResultStatus.Invalid, default, errors, "One or more fields are invalid.");
    public static Result<T> Invalid(string field, string error) => Invalid(new Dictionary<string, string[]> { [field] = [error] });
    public static Result<T> NotFound(string message) => new(ResultStatus.NotFound, default, NoErrors, message);
    public static Result<T> Conflict(string message, string? field = null) =>
        new(ResultStatus.Conflict, default, field is null ? NoErrors : new Dictionary<string, string[]> { [field] = [message] }, message);
}
