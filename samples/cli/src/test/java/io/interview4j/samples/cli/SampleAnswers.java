package io.interview4j.samples.cli;

import java.util.ArrayList;
import java.util.List;

/** Answers a prepared candidate might give, and the kind of answer the gate must catch. */
final class SampleAnswers {

    static final String DONT_KNOW = "I don't know.";

    static final String MIGRATION_STAR = """
            Situation: at my last company the billing service was a monolith and every deploy took two hours and failed \
            about once a week. Task: as the tech lead I had to cut deploy time without any customer-facing downtime.
            Action: I mapped the dependencies, put a strangler-fig proxy in front of the monolith, wrote contract tests \
            for the three busiest endpoints and moved one endpoint a week behind a feature flag, with a rollback plan \
            for each step. I also paired with the on-call engineers so the runbooks were updated as we went.
            Result: deploy time dropped from 120 to 15 minutes, incidents fell by 60 percent over the quarter and two \
            other teams adopted the pattern. The trade-off was running both paths for six weeks, which we accepted \
            because it kept rollback cheap. I learned to measure the baseline before promising a number.""";

    /**
     * A mentoring story that answers either of the coaching preset's first questions at medium difficulty for a mid
     * level (leadership: mentoring someone, or a junior engineer who keeps making the same mistake).
     */
    static final String LEADERSHIP_STAR = """
            Situation: a junior engineer on my team, Priya, kept making the same kind of mistake in her code despite \
            review comments, and she froze in design discussions. I looked for the root cause first and found a \
            knowledge gap: nobody had explained how our retries worked. Her starting point was that she had never \
            written a design doc, so we set a goal together: she would lead a design review within three months. \
            Action: I gave her direct, specific feedback in a private conversation with concrete examples, then took a \
            deliberate approach with stretch tasks, regular one-on-ones every week and pairing on her next task. I \
            adapted my style to her, since she preferred written feedback, and we added a linter rule and a test that \
            catch the mistake automatically. Result: I followed up after a few weeks and recognised her improvement \
            in front of the team; the repeated mistake stopped, by the third doc she ran the design review alone, and \
            she took ownership of the payments service and was promoted within a year, clear evidence of her growth.""";

    static final String CONFLICT_STAR = """
            Situation: two senior engineers on my team disagreed about replacing RabbitMQ with Kafka for our order \
            events, and the design review had stalled for two weeks. Task: I owned the decision and needed the team \
            aligned before the quarter's planning. Action: I met each of them one to one to understand their concerns, \
            then wrote a one-page comparison of throughput, ordering guarantees, operational cost and migration risk, \
            and proposed a two-week spike measuring latency at 5,000 messages per second. Result: the spike showed \
            Kafka cut p99 latency from 900 to 120 milliseconds; both engineers agreed, the one who had opposed it led \
            the rollout, and we shipped a month early. Since then I put disagreements into a written decision record early.""";

    static final String FAILURE_STAR = """
            Situation: early in my career I shipped a caching change that served stale prices to about 3 percent of \
            checkout requests for four hours. Task: I had to stop the damage, fix the root cause and rebuild trust with \
            the payments team. Action: I rolled back within ten minutes of the alert, wrote a blameless postmortem, \
            added cache invalidation on every price update and a canary that compares cached and live prices. Result: \
            we refunded 212 affected orders the same day, the canary has caught two similar bugs since, and I now \
            insist on a rollback plan and a metric to watch for every risky change.""";

    static final String HASH_MAP = """
            A hash map stores key-value pairs in an array of buckets. The key's hash code is spread and masked to pick \
            a bucket, so lookups, inserts and deletes are O(1) on average. Collisions are chained; in Java 8 and later a \
            bucket with more than eight entries becomes a red-black tree, so the worst case is O(log n) instead of O(n). \
            When the size passes capacity times the load factor, 0.75 by default, the table doubles and entries are \
            rehashed, which is O(n) once but amortised O(1) per insert. Keys need consistent equals and hashCode and \
            should be immutable: for example, a mutable list used as a key is lost after it changes. For concurrency, \
            ConcurrentHashMap uses compare-and-swap and per-bin locks instead of one global lock, a trade-off of memory \
            for throughput.""";

    static final String URL_SHORTENER = """
            First I would clarify requirements: 100 million new links a month, reads about 100 times writes, \
            redirects under 50 milliseconds at p99, links never expire. The API is POST /links returning a short code \
            and GET /{code} returning a 301 redirect. For ids I would use a counter allocated in ranges to each app \
            server and encode it in base62, which gives seven-character codes without collisions; hashing the URL is \
            the alternative but needs collision handling. Storage is a key-value store such as DynamoDB or Cassandra, \
            partitioned by code, with a Redis cache in front because traffic is heavily skewed to popular links. \
            Analytics go to Kafka asynchronously so redirects stay fast. The main trade-offs are 301 versus 302 for \
            analytics accuracy, and cache size versus hit rate; I would monitor hit rate and p99 latency and add \
            rate limiting per API key to stop abuse.""";

    static final String TWO_SUM = """
            I would use a hash map from value to index and scan the array once. For each element x at index i, I check \
            whether target minus x is already in the map; if it is, I return both indices, otherwise I store x with i. \
            That is O(n) time and O(n) extra space, against O(n squared) for the brute force of checking every pair. \
            If the array were sorted, or I could sort a copy of value-index pairs, two pointers from both ends would \
            use O(1) extra space at the cost of O(n log n) time. Edge cases: duplicates such as [3, 3] with target 6 \
            work because I check before inserting, negative numbers are fine, and if no pair exists I return an empty \
            result. For example, with [2, 7, 11, 15] and target 9 the map holds 2 when I reach 7, so I return [0, 1].""";

    static final String DATABASE_INDEX = """
            An index is a separate data structure, usually a B-tree, that keeps a column's values sorted with pointers \
            to the rows, so a lookup goes from a full table scan, O(n), to O(log n). Composite indexes follow the \
            leftmost-prefix rule: an index on (customer_id, created_at) serves filters on customer_id alone or on both, \
            but not on created_at alone. A covering index includes every selected column so the query never touches \
            the table. The trade-offs are slower writes, since every insert and update maintains each index, and more \
            storage. In practice I check the plan with EXPLAIN ANALYZE; on one project adding a composite index cut a \
            report query from 4 seconds to 30 milliseconds, while an unused index we dropped sped up inserts by 15 percent.""";

    static final String REST_API = """
            A good REST API models resources as nouns, such as /orders and /orders/{id}, and uses HTTP methods for \
            intent: GET is safe and idempotent, PUT and DELETE are idempotent, POST is not, so for payments I accept an \
            Idempotency-Key header and store the first response. Status codes carry meaning: 201 with a Location header \
            on create, 400 for validation errors with a problem+json body naming the field, 404, 409 for version \
            conflicts and 429 with Retry-After when rate limited. I version in the URL or a header and only make \
            additive changes within a version. Lists use cursor pagination rather than offsets, because offsets skip \
            or repeat rows when data changes, and I document everything with OpenAPI and contract tests.""";

    static final String PYTHON_GIL = """
            The global interpreter lock in CPython lets only one thread execute Python bytecode at a time, which keeps \
            reference counting simple and safe. So threads help with I/O-bound work, since the lock is released while \
            waiting on sockets or files, but CPU-bound work does not scale across cores. For CPU-bound tasks I use \
            multiprocessing or a ProcessPoolExecutor, or push the hot loop into NumPy or a C extension that releases \
            the lock. For example, resizing 10,000 images went from 9 minutes with threads to 2 minutes with a pool of \
            eight processes, at the cost of pickling overhead and more memory. For many concurrent network calls, \
            asyncio is lighter than threads. Python 3.13 adds an experimental free-threaded build without the GIL.""";

    private SampleAnswers() {
    }

    /** @return strong answers of every kind, in a fixed order */
    static List<String> strong() {
        return List.of(MIGRATION_STAR, HASH_MAP, CONFLICT_STAR, TWO_SUM, URL_SHORTENER, FAILURE_STAR, DATABASE_INDEX,
                REST_API, PYTHON_GIL);
    }

    /** @return {@code count} answers cycling through the strong ones, with {@code gated} put at {@code gatedAt} */
    static List<String> strongWithGated(int count, int gatedAt, String gated) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(i == gatedAt ? gated : strong().get(i % strong().size()));
        }
        return out;
    }
}
