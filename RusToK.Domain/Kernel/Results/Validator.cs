namespace RusToK.Domain.Kernel.Results;

/// <summary>Collects field errors for a use case's input, one message per broken rule.</summary>
public sealed class Validator
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validator Required(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"{label} is required.");
        return this;
    }

    public Validator MaxLength(string field, string? value, int max, string label)
    {
        if (value is not null && value.Length > max) Add(field, $"{label} must be at most {max} characters.");
        return this;
    }

    public Validator Must(bool condition, string field, string message)
    {
        if (!condition) Add(field, message);
        return this;
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public IReadOnlyDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public OperationResult ToResult() => IsValid ? OperationResult.Success() : OperationResult.Invalid(Errors);

    public OperationResult<T> ToFailure<T>() => OperationResult.Invalid<T>(Errors);
}
