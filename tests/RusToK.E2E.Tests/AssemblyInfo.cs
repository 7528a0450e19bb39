// Browser journeys run one at a time: each starts a server and a browser, and the machine has two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
