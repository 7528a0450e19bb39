namespace RusToK.Components.Kernel.Shared;

public enum SentencePartKind
{
    Text,
    Person,
    Subject,
}
