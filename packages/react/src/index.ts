// Public entry of @stadtkern/react. Each component lives in its own folder with its test, stories
// and docs; the ESM build keeps one file per module, so bundlers ship only what you import.
export type { Locale } from './locale/messages.js';

// Content
export { Heading } from './Heading/Heading.js';
export type { HeadingLevel, HeadingProps, HeadingSize } from './Heading/Heading.js';
export { Text } from './Text/Text.js';
export type { TextProps, TextVariant } from './Text/Text.js';
export { Link } from './Link/Link.js';
export type { LinkProps } from './Link/Link.js';
export { safeHref } from './Link/safe-href.js';
export { List } from './List/List.js';
export type { ListProps, ListVariant } from './List/List.js';
export { Divider } from './Divider/Divider.js';
export type { DividerProps } from './Divider/Divider.js';
export { VisuallyHidden } from './VisuallyHidden/VisuallyHidden.js';
export type { VisuallyHiddenProps } from './VisuallyHidden/VisuallyHidden.js';
export { SkipLink } from './SkipLink/SkipLink.js';
export type { SkipLinkProps } from './SkipLink/SkipLink.js';
export { Icon } from './Icon/Icon.js';
export type { DecorativeIconProps, IconProps, IconSize, MeaningfulIconProps } from './Icon/Icon.js';
export { icons } from './Icon/icons.js';
export type { IconName } from './Icon/icons.js';
export { Badge } from './Badge/Badge.js';
export type { BadgeProps, BadgeVariant } from './Badge/Badge.js';
export { Loader } from './Loader/Loader.js';
export type { LoaderProps } from './Loader/Loader.js';
export { Progress } from './Progress/Progress.js';
export type { ProgressProps } from './Progress/Progress.js';

// Actions
export { Button } from './Button/Button.js';
export type { ButtonCommand, ButtonProps, ButtonSize, ButtonVariant } from './Button/Button.js';
export { ButtonGroup } from './ButtonGroup/ButtonGroup.js';
export type { ButtonGroupProps } from './ButtonGroup/ButtonGroup.js';

// Forms
export { Label } from './Label/Label.js';
export type { LabelProps } from './Label/Label.js';
export type { Necessity } from './internal/necessity.js';
export { Hint } from './Hint/Hint.js';
export type { HintProps } from './Hint/Hint.js';
export { ErrorMessage } from './ErrorMessage/ErrorMessage.js';
export type { ErrorMessageProps } from './ErrorMessage/ErrorMessage.js';
export { FormField } from './FormField/FormField.js';
export type { FieldControlProps, FormFieldProps } from './FormField/FormField.js';
export { TextInput } from './TextInput/TextInput.js';
export type { TextInputProps, TextInputType, TextInputWidth } from './TextInput/TextInput.js';
export { Textarea } from './Textarea/Textarea.js';
export type { TextareaProps } from './Textarea/Textarea.js';
export { FileUpload } from './FileUpload/FileUpload.js';
export type { FileUploadProps } from './FileUpload/FileUpload.js';
export { Accordion } from './Accordion/Accordion.js';
export type { AccordionProps } from './Accordion/Accordion.js';
export { AccordionSection } from './Accordion/AccordionSection.js';
export type { AccordionHeadingLevel, AccordionSectionProps } from './Accordion/AccordionSection.js';
export { Tabs } from './Tabs/Tabs.js';
export type { TabsItem, TabsProps } from './Tabs/Tabs.js';
export { PasswordInput } from './PasswordInput/PasswordInput.js';
export type {
  PasswordInputAutoComplete,
  PasswordInputProps,
} from './PasswordInput/PasswordInput.js';
export { Select } from './Select/Select.js';
export type { SelectProps } from './Select/Select.js';
export { Checkbox } from './Checkbox/Checkbox.js';
export type { CheckboxProps } from './Checkbox/Checkbox.js';
export { Radio } from './Radio/Radio.js';
export type { RadioProps } from './Radio/Radio.js';
export { Fieldset } from './Fieldset/Fieldset.js';
export type { FieldsetProps } from './Fieldset/Fieldset.js';
export { CheckboxGroup } from './CheckboxGroup/CheckboxGroup.js';
export type { CheckboxGroupProps } from './CheckboxGroup/CheckboxGroup.js';
export { RadioGroup } from './RadioGroup/RadioGroup.js';
export type { RadioGroupProps } from './RadioGroup/RadioGroup.js';
export { DateInput } from './DateInput/DateInput.js';
export type { DateInputProps, DatePart } from './DateInput/DateInput.js';
export { ErrorSummary } from './ErrorSummary/ErrorSummary.js';
export type { ErrorSummaryItem, ErrorSummaryProps } from './ErrorSummary/ErrorSummary.js';

// Feedback
export { Alert } from './Alert/Alert.js';
export type { AlertProps, AlertVariant } from './Alert/Alert.js';

// Content and process
export { SummaryList } from './SummaryList/SummaryList.js';
export type {
  SummaryListAction,
  SummaryListCard,
  SummaryListProps,
  SummaryListRow,
} from './SummaryList/SummaryList.js';
export { Panel } from './Panel/Panel.js';
export type { PanelProps } from './Panel/Panel.js';
export { Callout } from './Callout/Callout.js';
export type { CalloutProps } from './Callout/Callout.js';
export { WarningText } from './WarningText/WarningText.js';
export type { WarningTextProps } from './WarningText/WarningText.js';
export { NotificationBanner } from './NotificationBanner/NotificationBanner.js';
export { Dialog } from './Dialog/Dialog.js';
export type { DialogHeadingLevel, DialogProps, DialogVariant } from './Dialog/Dialog.js';
export type {
  NotificationBannerProps,
  NotificationBannerVariant,
} from './NotificationBanner/NotificationBanner.js';
export { DescriptionList } from './DescriptionList/DescriptionList.js';
export type {
  DescriptionListItem,
  DescriptionListProps,
  DescriptionListVariant,
} from './DescriptionList/DescriptionList.js';
export { TaskList } from './TaskList/TaskList.js';
export type { TaskListProps, TaskListTask, TaskStatus } from './TaskList/TaskList.js';
export { ProcessSteps } from './ProcessSteps/ProcessSteps.js';
export type { ProcessStepsProps } from './ProcessSteps/ProcessSteps.js';
export { Card } from './Card/Card.js';
export type { CardImage, CardProps } from './Card/Card.js';
export { Table, TableCell, TableHeaderCell } from './Table/Table.js';
export type { TableCellProps, TableHeaderCellProps, TableProps, TableSort } from './Table/Table.js';

// Navigation and page frame
export { BackLink } from './BackLink/BackLink.js';
export type { BackLinkProps } from './BackLink/BackLink.js';
export { Breadcrumb } from './Breadcrumb/Breadcrumb.js';
export type { BreadcrumbItem, BreadcrumbProps } from './Breadcrumb/Breadcrumb.js';
export { ServiceNavigation } from './ServiceNavigation/ServiceNavigation.js';
export type {
  ServiceNavigationItem,
  ServiceNavigationProps,
} from './ServiceNavigation/ServiceNavigation.js';
export { Kopfzeile } from './Kopfzeile/Kopfzeile.js';
export type { KopfzeileProps } from './Kopfzeile/Kopfzeile.js';
export { Header } from './Header/Header.js';
export type { HeaderProps } from './Header/Header.js';
export { Footer } from './Footer/Footer.js';
export type { FooterGroup, FooterLink, FooterProps } from './Footer/Footer.js';
export { PhaseBanner } from './PhaseBanner/PhaseBanner.js';
export type { Phase, PhaseBannerProps } from './PhaseBanner/PhaseBanner.js';
export { LanguageSwitcher } from './LanguageSwitcher/LanguageSwitcher.js';
export type { LanguageOption, LanguageSwitcherProps } from './LanguageSwitcher/LanguageSwitcher.js';
export { Pagination } from './Pagination/Pagination.js';
export type { PaginationProps } from './Pagination/Pagination.js';
export { paginationRange } from './Pagination/range.js';
export type { PaginationEntry } from './Pagination/range.js';
export { Container } from './Container/Container.js';
export type { ContainerProps } from './Container/Container.js';
export { Grid, GridItem } from './Grid/Grid.js';
export type { GridItemProps, GridProps, GridSpan } from './Grid/Grid.js';
