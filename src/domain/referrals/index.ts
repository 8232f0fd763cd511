export * from './status';
export * from './deadline';
export * from './shared-plan';
export { addWorkingDays, isWorkingDay, easterSunday } from '../calendar/working-days';
