package uk.nhs.workforce.awards.review;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The glue between the bulk-scheduling processes and {@link ReviewScheduling}. */
@Configuration
class ReviewScheduleDelegates {

    /** review-schedule: split the employer's consultants into chunks. */
    @Bean("reviewSchedulePlan")
    JavaDelegate reviewSchedulePlan(ReviewScheduling scheduling) {
        return execution -> scheduling.planChunks((String) execution.getVariable("runId"));
    }

    /** review-schedule-chunk: start the reviews and renewal outcomes of one chunk. */
    @Bean("reviewScheduleChunk")
    JavaDelegate reviewScheduleChunk(ReviewScheduling scheduling) {
        return execution -> scheduling.scheduleChunk((String) execution.getVariable("runId"),
                (Integer) execution.getVariable("chunkNo"), (String) execution.getVariable("firstEmployeeId"),
                (String) execution.getVariable("lastEmployeeId"), isRetryAfterFailure());
    }

    /** True when this chunk's job failed before (its exception is recorded): then one start per transaction. */
    static boolean isRetryAfterFailure() {
        CommandContext context = Context.getCommandContext();
        JobEntity job = context == null ? null : context.getCurrentJob();
        return job != null && job.getExceptionMessage() != null;
    }

}
