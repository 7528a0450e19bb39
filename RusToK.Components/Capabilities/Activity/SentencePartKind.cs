namespace RusToK.Components.Capabilities.Activity;

public enum SentencePartKind
{
    Text,
    Person,
    Subject,
}
