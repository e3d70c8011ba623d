/**
 * Coaching feedback: the feedback on each main question with its follow-ups ({@link io.interview4j.feedback.QuestionFeedback})
 * and the debrief of a whole session ({@link io.interview4j.feedback.Debrief}), and the offline coach that writes both
 * in code ({@link io.interview4j.feedback.OfflineCoach}).
 */
package io.interview4j.feedback;
